import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { emailLayout, Mailer } from '@ascend/platform/mail';
import { TenantDatabase } from '@ascend/platform/tenancy';

export const NEW_LEAD_MAIL = 'coaching.new-lead-mail';

export type NewLeadMailJob = {
  practiceId: string;
  clientId: string;
};

interface LeadRow {
  name: string;
  email: string;
  job_title: string;
  wants_to_change: string;
  preferred_contact_time: string;
}

/**
 * Tells the practice's owners and admins of a new application, with a link to the lead. Owners and admins are the
 * ones who see a lead before it has a coach (a COACH sees only the clients assigned to them), and in a practice of
 * one the owner is the coach. Re-reads the lead: one that was removed, or became a client meanwhile, is not announced.
 */
@Injectable()
@JobHandler(NEW_LEAD_MAIL, { maxAttempts: 12 })
export class NewLeadMail implements JobHandlerOf<NewLeadMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ practiceId, clientId }: NewLeadMailJob): Promise<void> {
    const [lead]: LeadRow[] = await this.db.manager.query(
      `select name, email, job_title, wants_to_change, preferred_contact_time from client where tenant_id = $1 and id = $2 and status = 'LEAD'`,
      [practiceId, clientId],
    );
    if (!lead) return;
    const recipients: { email: string }[] = await this.db.manager.query(
      `select u.email from membership m join app_user u on u.id = m.user_id where m.tenant_id = $1 and m.role in ('OWNER', 'ADMIN') order by u.email`,
      [practiceId],
    );
    const url = `${this.config.publicUrl}/app/clients/${clientId}`;
    const details = [
      lead.job_title && `Role: ${lead.job_title}`,
      lead.wants_to_change && `What they want to change: ${lead.wants_to_change}`,
      lead.preferred_contact_time && `Best time to reach them: ${lead.preferred_contact_time}`,
    ].filter((line): line is string => Boolean(line));
    const content = emailLayout({
      preheader: `${lead.name} would like to work with you.`,
      heading: `New application from ${lead.name}`,
      paragraphs: [`${lead.name} (${lead.email}) applied on your public page to work with you.`, ...details, 'Reply to this mail to answer them, or open the lead to invite them as a client.'],
      action: { label: 'Open the lead', url },
      footer: 'They agreed to be contacted about coaching when they applied.',
    });
    this.db.afterCommit(async () => {
      for (const { email } of recipients) {
        await this.mailer.send({ to: email, replyTo: lead.email, tag: 'new-lead', subject: `New application from ${lead.name}`, ...content });
      }
    });
  }
}
