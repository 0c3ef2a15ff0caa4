import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { SendAllowances, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { EmailTokens } from '../accounts/email-tokens';
import { AuditTrail } from '../audit/audit-trail';
import { normaliseEmail } from '../people/password-rules';
import { Account } from '../sessions/session.models';
import { SessionService } from '../sessions/session.service';
import { EMAIL_CHANGE_MAIL, EMAIL_CHANGED_MAIL, EmailChangedMailJob } from './account-settings-mail.jobs';
import { emailChangeProblems } from './account-settings-rules';
import { OwnAccount } from './own-account';

function isAddressTaken(error: unknown): boolean {
  const cause = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return cause?.code === '23505' && cause.constraint === 'app_user_email_key';
}

const addressTaken = () =>
  new DomainError('CONFLICT', 'This address has had an account of its own since you asked for the change: nothing was changed', [
    { field: 'token', message: 'the address has an account now' },
  ]);

/**
 * A change of sign-in address, in two steps: asking (with the password) records it and has a job mail the new
 * address a link; following the link makes the change and tells the old address. Asking answers the same whether
 * or not the new address has an account: only that address's owner learns someone tried.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly own: OwnAccount,
    private readonly tokens: EmailTokens,
    private readonly sessions: SessionService,
    private readonly allowances: SendAllowances,
    private readonly jobs: Jobs,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(newEmailInput: string, currentPassword: string): Promise<Account> {
    const userId = this.context.userId;
    const newEmail = normaliseEmail(newEmailInput);
    const person = await this.own.checkPassword(userId, currentPassword);
    const problems = emailChangeProblems({ currentMatches: person.passwordMatches, newEmail }, person.email);
    if (problems.length) throw new InvalidInputError(problems);
    // The same allowance as confirmation mails: each request sends one mail to an address the person names.
    await this.allowances.spend({
      key: `confirmations:${userId}`,
      ...this.config.mailLimits.confirmations,
      spent: (limit, window) => `You can be sent ${limit} confirmation mail${limit === 1 ? '' : 's'} per ${window} (the newest link works)`,
    });
    await this.tokens.awaitEmailChange(userId, newEmail);
    // One pending mail per person: asking again before it went out sends one, for the newest address.
    await this.jobs.enqueue(EMAIL_CHANGE_MAIL, { userId }, { jobKey: userId, jobKeyMode: 'replace' });
    return this.sessions.account(userId);
  }

  async cancel(): Promise<Account> {
    const userId = this.context.userId;
    await this.tokens.retire(userId, 'CHANGE_EMAIL');
    return this.sessions.account(userId);
  }

  /**
   * The link from the mail: the new address is proven, so it becomes the sign-in address, confirmed. Links mailed
   * to the old address before (a password reset) stop working.
   */
  async confirm(token: string): Promise<Account> {
    const spent = await this.tokens.consume(token, 'CHANGE_EMAIL');
    if (!spent?.newEmail) {
      throw new DomainError('NOT_FOUND', 'This confirmation link is invalid, used or expired: ask for the change again from your account page', [
        { field: 'token', message: 'is invalid, used or expired' },
      ]);
    }
    const { userId, newEmail } = spent;
    const [person]: { email: string; name: string }[] = await this.db.manager.query('select email, name from app_user where id = $1 for update', [userId]);
    // The unique address is the authority: the operation then rolls back, the link unspent.
    await this.db.manager
      .query('update app_user set email = $2, email_verified_at = now(), updated_at = now() where id = $1', [userId, newEmail])
      .catch((error: unknown) => {
        throw isAddressTaken(error) ? addressTaken() : error;
      });
    await this.tokens.retire(userId);
    // The old address is not written to the trail: it would outlive the account's deletion, which forgets only
    // the address the account has then.
    await this.audit.recordForPerson(userId, { action: 'EMAIL_CHANGED', actorUserId: userId, ip: this.context.identity.ip });
    await this.jobs.enqueue(EMAIL_CHANGED_MAIL, { oldEmail: person.email, newEmail, name: person.name } satisfies EmailChangedMailJob);
    return this.sessions.account(userId);
  }
}
