import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { emailLayout, Mailer } from '@ascend/platform/mail';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { SubscriberLinks } from '../shared/subscriber-links';
import { confirmationMail } from './subscriber-rules';

/** The double opt-in mail of one subscriber; enqueued by the signup's own statement. */
export const CONFIRMATION_MAIL = 'newsletter.confirmation-mail';
export type ConfirmationMailJob = { practiceId: string; subscriberId: string };

/**
 * Re-reads the subscriber when it runs and mails only one still waiting to confirm: an address confirmed, erased,
 * bounced or complaining meanwhile gets nothing.
 */
@Injectable()
@JobHandler(CONFIRMATION_MAIL, { maxAttempts: 12 })
export class ConfirmationMail implements JobHandlerOf<ConfirmationMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mailer: Mailer,
    private readonly links: SubscriberLinks,
  ) {}

  async handle({ practiceId, subscriberId }: ConfirmationMailJob): Promise<void> {
    const [row]: { email: string; name: string; practice_name: string }[] = await this.db.manager.query(
      `select s.email, s.name, p.name as practice_name from subscriber s join practice_profile p on p.id = s.tenant_id
        where s.tenant_id = $1 and s.id = $2 and s.status = 'PENDING'`,
      [practiceId, subscriberId],
    );
    if (!row) return;
    const content = confirmationMail({ name: row.name, practiceName: row.practice_name, confirmUrl: this.links.confirmUrl({ practiceId, subscriberId }) });
    this.db.afterCommit(async () => {
      await this.mailer.send({ to: row.email, subject: content.subject, tag: content.tag, ...emailLayout(content.layout) });
    });
  }
}
