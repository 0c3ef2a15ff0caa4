import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { Role, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { Ownership } from '../memberships/ownership';
import { hashPassword } from '../people/password-hasher';
import { Account } from '../sessions/session.models';
import { SessionService } from '../sessions/session.service';
import { PASSWORD_CHANGED_MAIL } from './account-settings-mail.jobs';
import { lastOwnerRefusal, passwordChangeProblems } from './account-settings-rules';
import { OwnAccount } from './own-account';

/** What a signed-in person changes about their own account: their name, their password, and whether it exists. */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly own: OwnAccount,
    private readonly sessions: SessionService,
    private readonly ownership: Ownership,
    private readonly audit: AuditTrail,
    private readonly jobs: Jobs,
  ) {}

  async changeName(name: string): Promise<Account> {
    const userId = this.context.userId;
    await this.db.manager.query('update app_user set name = $2, updated_at = now() where id = $1', [userId, name]);
    return this.sessions.account(userId);
  }

  /**
   * Sets a new password once the current one is proven, and ends every other session of the account (their access
   * tokens are refused at once: the access check finds their session revoked); the session asking goes on. The
   * account's address is told, in case it was not its owner who asked.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const userId = this.context.userId;
    const person = await this.own.checkPassword(userId, currentPassword);
    const problems = passwordChangeProblems({ currentMatches: person.passwordMatches, currentPassword, newPassword }, person);
    if (problems.length) throw new InvalidInputError(problems);
    const passwordHash = await hashPassword(newPassword);
    await this.db.manager.query('update app_user set password_hash = $2, updated_at = now() where id = $1', [userId, passwordHash]);
    await this.db.manager.query('update refresh_token set revoked_at = now() where user_id = $1 and family_id <> $2 and revoked_at is null', [
      userId,
      this.context.sessionId,
    ]);
    await this.audit.recordForPerson(userId, { action: 'PASSWORD_CHANGED', actorUserId: userId, ip: this.context.identity.ip });
    await this.jobs.enqueue(PASSWORD_CHANGED_MAIL, { userId });
  }

  /**
   * Deletes the account, refused while it is the last owner of a practice. Each practice it belongs to records
   * the deletion; then every practice's audit trail keeps the person only as "a deleted person" (no address, no
   * IP), and the account goes with its memberships, sessions and mailed links (their foreign keys cascade).
   * What the person did in a practice stays there: clients and masterclasses keep no coach or host.
   */
  async deleteAccount(password: string): Promise<void> {
    const userId = this.context.userId;
    const person = await this.own.checkPassword(userId, password);
    if (!person.passwordMatches) throw new InvalidInputError([{ field: 'input.password', message: 'is not your password' }]);
    const memberships = await this.membershipsLockingOwners(userId);
    const onlyOwned = await this.ownership.practicesOnlyOwnedBy(userId);
    if (onlyOwned.length) {
      const refusal = lastOwnerRefusal(onlyOwned.map((p) => p.practiceName));
      throw new DomainError('CONFLICT', refusal.message, [refusal.problem]);
    }
    for (const { practiceId, role } of memberships) {
      this.db.actAs({ practiceId, userId });
      await this.audit.record(practiceId, { action: 'ACCOUNT_DELETED', actorUserId: userId, detail: { role } });
    }
    this.db.actAs({ userId });
    await this.db.manager.query('select app_forget_account_in_audit($1, $2)', [userId, person.email]);
    await this.db.manager.query('delete from app_user where id = $1', [userId]);
  }

  /**
   * The person's memberships, with the owners of each practice they own locked (in one order, so two deletions
   * never wait on each other), so that two owners cannot both leave a practice without one at the same moment.
   */
  private async membershipsLockingOwners(userId: string): Promise<{ practiceId: string; role: Role }[]> {
    const rows: { tenant_id: string; role: Role }[] = await this.db.manager.query(
      'select tenant_id, role from membership where user_id = $1 order by tenant_id',
      [userId],
    );
    for (const { tenant_id, role } of rows) {
      if (role !== 'OWNER') continue;
      this.db.actAs({ practiceId: tenant_id, userId });
      await this.db.manager.query(`select id from membership where tenant_id = $1 and role = 'OWNER' for update`, [tenant_id]);
    }
    return rows.map((r) => ({ practiceId: r.tenant_id, role: r.role }));
  }
}
