import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { SendAllowances, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { hashPassword } from '../people/password-hasher';
import { normaliseEmail, passwordProblem } from '../people/password-rules';
import { User } from '../people/user.entity';
import { Account } from '../sessions/session.models';
import { SessionService } from '../sessions/session.service';
import { EmailTokenPurpose, EmailTokens } from './email-tokens';
import { PASSWORD_RESET_MAIL, VERIFICATION_MAIL } from './account-mail.jobs';

@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: EmailTokens,
    private readonly jobs: Jobs,
    private readonly allowances: SendAllowances,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    private readonly context: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a confirmation link (earlier ones stop working), within the person's hourly and daily allowance; a second
   * request before it went out sends one mail.
   */
  async sendVerification(userId: string): Promise<void> {
    await this.allowances.spend({
      key: `confirmations:${userId}`,
      ...this.config.mailLimits.confirmations,
      spent: (limit, window) => `You can be sent ${limit} confirmation mail${limit === 1 ? '' : 's'} per ${window} (the newest link works)`,
    });
    await this.jobs.enqueue(VERIFICATION_MAIL, { userId }, { jobKey: userId, jobKeyMode: 'replace' });
  }

  async verifyEmail(token: string): Promise<Account> {
    const spent = await this.tokens.consume(token, 'VERIFY_EMAIL');
    if (!spent) throw new DomainError('NOT_FOUND', 'This confirmation link is invalid, used or expired: ask for a new one', [{ field: 'token', message: 'is invalid, used or expired' }]);
    await this.db.manager.query(`update app_user set email_verified_at = coalesce(email_verified_at, now()), updated_at = now() where id = $1`, [spent.userId]);
    return this.sessions.account(spent.userId);
  }

  /** Whether a mailed link would still work, checked without spending it. */
  emailLinkValid(token: string, purpose: EmailTokenPurpose): Promise<boolean> {
    return this.tokens.isLive(token, purpose);
  }

  /**
   * Sends a reset link when the email has an account. Always enqueues, so the request does the same work and
   * answers the same whether or not the address has an account; the job finds out.
   */
  requestPasswordReset(email: string): Promise<void> {
    const address = normaliseEmail(email);
    return this.jobs.enqueue(PASSWORD_RESET_MAIL, { email: address }, { jobKey: address, jobKeyMode: 'replace' });
  }

  /**
   * Sets a new password and ends every session of the account, in case the old password leaked; recorded in each of
   * the person's practices, since a reset is also how someone who got hold of the mailbox takes an account over.
   */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const plainProblem = passwordProblem(newPassword);
    if (plainProblem) throw new InvalidInputError([{ field: 'input.newPassword', message: plainProblem }]);
    // Hashed before the first query, so the slow part holds no connection.
    const passwordHash = await hashPassword(newPassword);
    const userId = (await this.tokens.consume(token, 'RESET_PASSWORD'))?.userId;
    if (!userId) throw new DomainError('NOT_FOUND', 'This reset link is invalid, used or expired: ask for a new one', [{ field: 'input.token', message: 'is invalid, used or expired' }]);
    const user = await this.db.manager.findOneByOrFail(User, { id: userId });
    const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
    if (problem) throw new InvalidInputError([{ field: 'input.newPassword', message: problem }]);
    await this.db.manager.query(
      `update app_user set password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now() where id = $1`,
      [userId, passwordHash],
    );
    await this.db.manager.query(`update refresh_token set revoked_at = now() where user_id = $1 and revoked_at is null`, [userId]);
    await this.audit.recordForPerson(userId, { action: 'PASSWORD_RESET', actorUserId: userId, ip: this.context.identity.ip });
  }
}
