import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';

@InputType()
export class SignUpInput {
  @Field(() => String)
  @VisibleText(120)
  name: string;

  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'At least 10 characters, not a common password.' })
  @IsString()
  password: string;

  @Field(() => String)
  @VisibleText(120)
  practiceName: string;

  @Field(() => String, { description: 'The practice address: 3-63 lower-case letters, digits and single hyphens.' })
  @IsString()
  practiceSlug: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/London.' })
  @IsString()
  timeZone: string;
}

@InputType()
export class ConfirmSignUpInput {
  // Any malformed token is answered like an unknown one (NOT_FOUND), so no length rule here.
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String, {
    nullable: true,
    description: 'Another practice address, when the one chosen at sign-up was taken before it was confirmed.',
  })
  @IsOptional()
  @IsString()
  practiceSlug?: string;
}
