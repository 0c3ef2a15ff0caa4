import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { StartPracticeInput } from '../memberships/membership.models';

/** The practice's fields are those of starting one while signed in; sign-up adds the person. */
@InputType()
export class SignUpInput extends StartPracticeInput {
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
