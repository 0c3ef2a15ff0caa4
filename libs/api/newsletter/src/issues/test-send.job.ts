import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { Mailer } from '@ascend/platform/mail';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { IssueEmail, ISSUE_TEST_TAG } from '../shared/issue-email';

export const TEST_SEND = 'newsletter.test-send';

export interface TestSendJob {
  practiceId: string;
  issueId: string;
  userId: string;
  [key: string]: unknown;
}

interface Row {
  subject: string;
  preheader: string;
  body: string;
  practice_name: string;
  practice_slug: string;
  time_zone: string;
  email: string;
}

/** A test send of an issue, as it reads now, to the team member who asked (if they are still on the team). */
@Injectable()
@JobHandler(TEST_SEND, { maxAttempts: 5 })
export class TestSendJobHandler implements JobHandlerOf<TestSendJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ practiceId, issueId, userId }: TestSendJob): Promise<void> {
    const rows: Row[] = await this.db.manager.query(
      `select i.subject, i.preheader, i.body, p.name as practice_name, p.slug as practice_slug, p.time_zone, u.email
         from newsletter_issue i
         join practice p on p.id = i.tenant_id
         join membership m on m.tenant_id = i.tenant_id and m.user_id = $3 and m.role in ('OWNER', 'ADMIN', 'COACH')
         join app_user u on u.id = m.user_id
        where i.tenant_id = $1 and i.id = $2`,
      [practiceId, issueId, userId],
    );
    const row = rows[0];
    if (!row) return;
    const email = new IssueEmail(
      { id: issueId, subject: row.subject, preheader: row.preheader, body: row.body },
      { name: row.practice_name, slug: row.practice_slug, timeZone: row.time_zone },
      { publicUrl: this.config.publicUrl, unsubscribeMailbox: this.config.newsletter.unsubscribeMailbox },
    );
    const { subject, html, text, headers } = email.sample(`${this.config.publicUrl}/newsletter/unsubscribe?token=sample`);
    this.db.afterCommit(async () => {
      await this.mailer.send({ to: row.email, subject: `[Test] ${subject}`, html, text, headers, tag: ISSUE_TEST_TAG });
    });
  }
}
