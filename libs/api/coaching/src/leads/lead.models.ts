import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';

@InputType({ description: "An application to work with a practice's coach, from its public page." })
export class ApplyToWorkWithInput {
  @Field(() => String)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case letters, digits and single hyphens' })
  @MaxLength(63)
  practiceSlug: string;

  @Field(() => String)
  @VisibleText(120)
  name: string;

  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { defaultValue: '', description: 'Their role.' })
  @IsString()
  @MaxLength(120, { message: 'must be at most 120 characters' })
  jobTitle: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  wantsToChange: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  preferredContactTime: string;

  @Field(() => Boolean, { description: 'That they agree to be contacted about coaching, as the form says.' })
  @IsBoolean()
  consent: boolean;

  @Field(() => String, { nullable: true, description: 'Leave empty: a field people never see, which only robots fill.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}
