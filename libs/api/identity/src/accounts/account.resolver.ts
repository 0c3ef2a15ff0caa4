import { Args, ArgsType, Field, InputType, Mutation, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsIn, isEmail, IsString, MaxLength } from 'class-validator';
import { InvalidInputError } from '@ascend/platform/graphql';
import { Public, RateLimited, RunsAlone, SignedIn, TenantContext } from '@ascend/platform/tenancy';
import { Account } from '../sessions/session.models';
import { AccountService } from './account.service';
import { EMAIL_TOKEN_PURPOSES, EmailTokenPurpose } from './email-tokens';

const EmailLinkPurposeEnum = Object.fromEntries(EMAIL_TOKEN_PURPOSES.map((p) => [p, p])) as Record<EmailTokenPurpose, EmailTokenPurpose>;
registerEnumType(EmailLinkPurposeEnum, { name: 'EmailLinkPurpose', description: 'What a mailed link is for.' });

@InputType()
export class ResetPasswordInput {
  // Any malformed token is answered like an unknown one (NOT_FOUND), so no length rule here.
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String)
  @IsString()
  newPassword: string;
}

@ArgsType()
class VerifyEmailArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  token: string;
}

@ArgsType()
class RequestPasswordResetArgs {
  // Checked for its format once trimmed, by the resolver.
  @Field(() => String)
  @IsString()
  @MaxLength(254, { message: 'must be an email address' })
  email: string;
}

@ArgsType()
class EmailLinkArgs {
  // Any malformed token is answered like an unknown one (false), so no rule beyond a cap.
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => EmailLinkPurposeEnum)
  @IsIn(EMAIL_TOKEN_PURPOSES)
  purpose: EmailTokenPurpose;
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly context: TenantContext,
  ) {}

  @Public()
  @Mutation(() => Account, { description: 'Confirms the email address with the token from the confirmation mail.' })
  verifyEmail(@Args() { token }: VerifyEmailArgs): Promise<Account> {
    return this.accounts.verifyEmail(token);
  }

  @SignedIn()
  @RunsAlone()
  @Mutation(() => Boolean, { description: 'Sends a new confirmation mail (earlier links stop working).' })
  async resendVerificationEmail(): Promise<boolean> {
    await this.accounts.sendVerification(this.context.userId);
    return true;
  }

  @Public()
  @RateLimited()
  @Mutation(() => Boolean, {
    description: 'Mails a reset link if the address has an account. Always true for a well-formed address: it never tells whether it has an account.',
  })
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs): Promise<boolean> {
    // Saying a malformed address is malformed tells nothing about any account.
    if (!isEmail(email.trim())) throw new InvalidInputError([{ field: 'email', message: 'must be an email address' }]);
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  // Runs alone: reading the link acts as its person for the rest of the request.
  @Public()
  @RunsAlone()
  @Query(() => Boolean, { description: 'Public. Whether a mailed link still works, checked without spending it (the page says so before anything is typed).' })
  emailLinkValid(@Args() { token, purpose }: EmailLinkArgs): Promise<boolean> {
    return this.accounts.emailLinkValid(token, purpose);
  }

  @Public()
  @RateLimited()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the reset mail and ends every session.' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.newPassword);
    return true;
  }
}
