import { Args, ArgsType, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { isEmail, IsString, MaxLength } from 'class-validator';
import { Public, RateLimited, RunsAlone, SignedIn, TenantContext } from '@ascend/platform/tenancy';
import { Account } from '../sessions/session.models';
import { AccountService } from './account.service';

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
  // Not @IsEmail: a malformed address is answered like one without an account.
  @Field(() => String)
  @IsString()
  @MaxLength(254)
  email: string;
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
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address has an account. Always true: it never tells whether it has.' })
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs): Promise<boolean> {
    // A malformed address cannot have an account; answering the same keeps the promise of never telling.
    if (isEmail(email.trim())) await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Public()
  @RateLimited()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the reset mail and ends every session.' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.newPassword);
    return true;
  }
}
