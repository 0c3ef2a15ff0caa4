import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Public, RateLimited, SignedIn } from '@ascend/platform/tenancy';
import { clearRefreshCookie } from '../sessions/session-cookie';
import { Account } from '../sessions/session.models';
import type { HttpContext } from '../sessions/session.resolver';
import { ChangeEmailInput, ChangeNameInput, ChangePasswordInput, ConfirmEmailChangeArgs, DeleteAccountInput } from './account-settings.models';
import { AccountSettingsService } from './account-settings.service';
import { EmailChangeService } from './email-change.service';

// Operations that check a password are rate limited per person, and run alone: aliases cannot multiply guesses.
@Resolver()
export class AccountSettingsResolver {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly emailChange: EmailChangeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignedIn()
  @Mutation(() => Account, { description: 'SignedIn. Field errors: input.name.' })
  changeMyName(@Args('input') input: ChangeNameInput): Promise<Account> {
    return this.settings.changeName(input.name);
  }

  @SignedIn()
  @RateLimited()
  @Mutation(() => Boolean, {
    description: 'SignedIn. Ends every other session of the account; this one goes on. Errors: input.currentPassword (is not your current password), input.newPassword (rules).',
  })
  async changeMyPassword(@Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.settings.changePassword(input.currentPassword, input.newPassword);
    return true;
  }

  @SignedIn()
  @RateLimited()
  @Mutation(() => Account, {
    description:
      'SignedIn. Mails a confirmation link to the new address (48 h); the change happens when it is followed. Same answer whether or not the address has an account (its owner is told someone tried). Errors: input.currentPassword, input.newEmail (format, or is already your address).',
  })
  requestEmailChange(@Args('input') input: ChangeEmailInput): Promise<Account> {
    return this.emailChange.request(input.newEmail, input.currentPassword);
  }

  @SignedIn()
  @Mutation(() => Account, { description: 'SignedIn. Forgets a pending change; its link stops working.' })
  cancelEmailChange(): Promise<Account> {
    return this.emailChange.cancel();
  }

  @Public()
  @RateLimited()
  @Mutation(() => Account, {
    description: "Public. The link from the mail. Errors: token (NOT_FOUND 'is invalid, used or expired'; CONFLICT 'the address has an account now').",
  })
  confirmEmailChange(@Args() { token }: ConfirmEmailChangeArgs): Promise<Account> {
    return this.emailChange.confirm(token);
  }

  @SignedIn()
  @RateLimited()
  @Mutation(() => Boolean, {
    description: "SignedIn. Errors: input.password; CONFLICT field 'practices' while last owner of a practice (message names them). Clears the refresh cookie.",
  })
  async deleteMyAccount(@Args('input') input: DeleteAccountInput, @Context() { res }: HttpContext): Promise<boolean> {
    await this.settings.deleteAccount(input.password);
    clearRefreshCookie(res, this.config.publicUrl);
    return true;
  }
}
