import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { normaliseEmail } from '../people/password-rules';
import { EmailTokens } from './email-tokens';
import { IdentityMail } from './identity-mail';

export const VERIFICATION_MAIL = 'identity.verification-mail';
export const PASSWORD_RESET_MAIL = 'identity.password-reset-mail';

/**
 * Mail jobs mint their link in their own transaction and send once it committed: a link is never mailed for a
 * token that was not saved, and a retry after a failed send mints a new one (the unsent one stops working).
 */
@Injectable()
@JobHandler(VERIFICATION_MAIL, { maxAttempts: 12 })
export class VerificationMail implements JobHandlerOf<{ userId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: EmailTokens,
    private readonly mail: IdentityMail,
  ) {}

  async handle({ userId }: { userId: string }): Promise<void> {
    this.db.actAs({ userId });
    const [user]: { email: string; name: string }[] = await this.db.manager.query(
      'select email, name from app_user where id = $1 and email_verified_at is null',
      [userId],
    );
    if (!user) return; // gone, or confirmed meanwhile
    const token = await this.tokens.issue(userId, 'VERIFY_EMAIL');
    this.db.afterCommit(() => this.mail.verifyEmail(user.email, user.name, token));
  }
}

/** The request only enqueues the address, so it answers the same, in the same time, whether or not it has an account. */
@Injectable()
@JobHandler(PASSWORD_RESET_MAIL, { maxAttempts: 12 })
export class PasswordResetMail implements JobHandlerOf<{ email: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: EmailTokens,
    private readonly mail: IdentityMail,
  ) {}

  async handle({ email }: { email: string }): Promise<void> {
    const [user]: { id: string; email: string; name: string }[] = await this.db.manager.query(
      'select id, email, name from app_account_by_email($1)',
      [normaliseEmail(email)],
    );
    if (!user) return;
    this.db.actAs({ userId: user.id });
    const token = await this.tokens.issue(user.id, 'RESET_PASSWORD');
    this.db.afterCommit(() => this.mail.resetPassword(user.email, user.name, token));
  }
}
