import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { EmailTokens } from '../accounts/email-tokens';
import { IdentityMail } from '../accounts/identity-mail';

export const PASSWORD_CHANGED_MAIL = 'identity.password-changed-mail';
export const EMAIL_CHANGE_MAIL = 'identity.email-change-mail';
export const EMAIL_CHANGED_MAIL = 'identity.email-changed-mail';

export type EmailChangedMailJob = { oldEmail: string; newEmail: string; name: string };

/**
 * The person as they are when the job runs: mail goes to the address the account has then, and none to an account
 * deleted meanwhile. Mail jobs send once their transaction committed, holding no connection while they do.
 */
async function personOf(db: TenantDatabase, userId: string): Promise<{ email: string; name: string } | undefined> {
  db.actAs({ userId });
  const [person]: { email: string; name: string }[] = await db.manager.query('select email, name from app_user where id = $1', [userId]);
  return person;
}

@Injectable()
@JobHandler(PASSWORD_CHANGED_MAIL, { maxAttempts: 12 })
export class PasswordChangedMail implements JobHandlerOf<{ userId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mail: IdentityMail,
  ) {}

  async handle({ userId }: { userId: string }): Promise<void> {
    const person = await personOf(this.db, userId);
    if (person) this.db.afterCommit(() => this.mail.passwordChanged(person.email, person.name));
  }
}

/**
 * Mails the new address of a pending change its link, minted here in the job's transaction and sent once that
 * committed (a retry mints a new one). An address that has an account meanwhile gets a note instead, never a link:
 * the person who asked is answered the same either way, so asking tells nobody which addresses have accounts.
 */
@Injectable()
@JobHandler(EMAIL_CHANGE_MAIL, { maxAttempts: 12 })
export class EmailChangeMail implements JobHandlerOf<{ userId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: EmailTokens,
    private readonly mail: IdentityMail,
  ) {}

  async handle({ userId }: { userId: string }): Promise<void> {
    const person = await personOf(this.db, userId);
    const newEmail = person && (await this.tokens.pendingEmailChange(userId));
    if (!person || !newEmail) return; // cancelled, confirmed, expired or deleted meanwhile
    const [owner]: { id: string }[] = await this.db.manager.query('select id from app_account_by_email($1)', [newEmail]);
    if (owner) {
      if (owner.id !== userId) this.db.afterCommit(() => this.mail.emailChangeAttempted(newEmail));
      return;
    }
    const token = await this.tokens.mintEmailChange(userId);
    if (token) this.db.afterCommit(() => this.mail.confirmEmailChange(newEmail, person.name, token));
  }
}

/** Tells the old address that the account moved, with what to do if nobody asked for it. */
@Injectable()
@JobHandler(EMAIL_CHANGED_MAIL, { maxAttempts: 12 })
export class EmailChangedMail implements JobHandlerOf<EmailChangedMailJob> {
  constructor(private readonly mail: IdentityMail) {}

  async handle({ oldEmail, newEmail, name }: EmailChangedMailJob): Promise<void> {
    await this.mail.emailChanged(oldEmail, name, newEmail);
  }
}
