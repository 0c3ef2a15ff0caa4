import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { IdentityMail } from '../accounts/identity-mail';
import { newSecretToken } from '../sessions/secret-token';

export const SIGN_UP_MAIL = 'identity.sign-up-mail';

/**
 * Mails the address of a sign-up: its confirmation link, or, when the address already has an account, a note that
 * someone tried with a way to sign in. The link's token is minted here and sent once saved; a retry mints another.
 */
@Injectable()
@JobHandler(SIGN_UP_MAIL, { maxAttempts: 12 })
export class SignUpMail implements JobHandlerOf<{ signUpId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mail: IdentityMail,
  ) {}

  async handle({ signUpId }: { signUpId: string }): Promise<void> {
    const { token, hash } = newSecretToken();
    const [signUp]: { email: string; name: string; has_account: boolean }[] = await this.db.manager.query(
      'select email, name, has_account from app_sign_up_to_mail($1, $2)',
      [signUpId, hash],
    );
    if (!signUp) return; // expired, or replaced by a newer sign-up of the same address
    this.db.afterCommit(() =>
      signUp.has_account ? this.mail.signUpAttempted(signUp.email) : this.mail.confirmSignUp(signUp.email, signUp.name, token),
    );
  }
}
