import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { MAX_PASSWORD_LENGTH } from '../people/password-rules';

// Password fields carry no length rule of their own beyond a cap: a wrong or weak one is answered by the service,
// in the words of the password rules.

@InputType()
export class ChangeNameInput {
  @Field(() => String)
  @VisibleText(120)
  name: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'is not your current password' })
  currentPassword: string;

  @Field(() => String, { description: 'At least 10 characters, not a common password, not the current one.' })
  @IsString()
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  newEmail: string;

  @Field(() => String)
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'is not your current password' })
  currentPassword: string;
}

@InputType()
export class DeleteAccountInput {
  @Field(() => String)
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'is not your password' })
  password: string;
}

@ArgsType()
export class ConfirmEmailChangeArgs {
  // Any malformed token is answered like an unknown one (NOT_FOUND), so no rule beyond a cap.
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  token: string;
}
