import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { IssueLaunch } from '../sending/issue-launch';
import { START_ISSUE } from '../sending/sending-jobs';
import { IssueEmail } from '../shared/issue-email';
import { ISSUE_COLUMNS, ISSUE_FROM, IssueRow, issueFromRow } from './issue-rows';
import { NewsletterIssue, NewsletterIssueInput, UpdateNewsletterIssueInput } from './issue.models';
import { TEST_SEND } from './test-send.job';

export const issueNotFound = (field = 'id') =>
  new DomainError('NOT_FOUND', 'No such newsletter issue in this practice', [{ field, message: 'is not a newsletter issue of this practice' }]);

const notEditable = (status: string, field: string, what: string) =>
  new DomainError('BAD_USER_INPUT', `This issue is ${status.toLowerCase()}: only a draft or a scheduled issue can be ${what}`, [
    { field, message: `is ${status.toLowerCase()}` },
  ]);

/** The practice's issues: composing, previewing, test sends, scheduling and starting a send. */
@Injectable()
export class IssueService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly jobs: Jobs,
    private readonly launch: IssueLaunch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Newest first. */
  async list(): Promise<NewsletterIssue[]> {
    const rows: IssueRow[] = await this.db.manager.query(`select ${ISSUE_COLUMNS} from ${ISSUE_FROM} where i.tenant_id = $1 order by i.created_at desc, i.id limit 500`, [
      this.context.practiceId,
    ]);
    return rows.map(issueFromRow);
  }

  async get(id: string, field = 'id'): Promise<NewsletterIssue> {
    const rows: IssueRow[] = await this.db.manager.query(`select ${ISSUE_COLUMNS} from ${ISSUE_FROM} where i.tenant_id = $1 and i.id = $2`, [this.context.practiceId, id]);
    if (!rows[0]) throw issueNotFound(field);
    return issueFromRow(rows[0]);
  }

  async create(input: NewsletterIssueInput): Promise<NewsletterIssue> {
    const [{ id }]: { id: string }[] = await this.db.manager.query(
      `insert into newsletter_issue (tenant_id, subject, preheader, body, created_by) values ($1, $2, $3, $4, $5) returning id`,
      [this.context.practiceId, input.subject, input.preheader.trim(), input.body, this.context.userId],
    );
    return this.get(id);
  }

  async update(input: UpdateNewsletterIssueInput): Promise<NewsletterIssue> {
    await this.lockEditable(input.id, 'input.id', 'changed');
    await this.db.manager.query(`update newsletter_issue set subject = $3, preheader = $4, body = $5, updated_at = now() where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      input.id,
      input.subject,
      input.preheader.trim(),
      input.body,
    ]);
    return this.get(input.id);
  }

  async remove(id: string): Promise<boolean> {
    await this.lockEditable(id, 'id', 'deleted');
    await this.db.manager.query(`delete from newsletter_issue where tenant_id = $1 and id = $2`, [this.context.practiceId, id]);
    return true;
  }

  /** The whole mail as a subscriber will see it, with a sample unsubscribe link. */
  async preview(subject: string, preheader: string, body: string): Promise<string> {
    return (await this.email({ id: '00000000-0000-0000-0000-000000000000', subject, preheader, body })).sample(this.sampleUnsubscribeUrl()).html;
  }

  /** The issue to the signed-in person's own address, by a job. */
  async sendTest(id: string): Promise<boolean> {
    await this.get(id);
    await this.jobs.enqueue(TEST_SEND, { practiceId: this.context.practiceId, issueId: id, userId: this.context.userId });
    return true;
  }

  /** Sends it at `at` (in the future); scheduling again moves the one start job. */
  async schedule(id: string, at: Date): Promise<NewsletterIssue> {
    if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) {
      throw new InvalidInputError([{ field: 'at', message: 'must be in the future' }]);
    }
    await this.lockEditable(id, 'id', 'scheduled');
    await this.db.manager.query(`update newsletter_issue set status = 'SCHEDULED', scheduled_at = $3, updated_at = now() where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      id,
      at,
    ]);
    await this.jobs.enqueue(START_ISSUE, { practiceId: this.context.practiceId, issueId: id }, { jobKey: id, runAt: at });
    return this.get(id);
  }

  /** Back to a draft; its start job, when it comes, finds nothing to start. */
  async unschedule(id: string): Promise<NewsletterIssue> {
    const status = await this.lockEditable(id, 'id', 'unscheduled');
    if (status !== 'SCHEDULED') throw new DomainError('BAD_USER_INPUT', 'This issue is not scheduled', [{ field: 'id', message: 'is not scheduled' }]);
    await this.db.manager.query(`update newsletter_issue set status = 'DRAFT', scheduled_at = null, updated_at = now() where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      id,
    ]);
    return this.get(id);
  }

  async sendNow(id: string): Promise<NewsletterIssue> {
    await this.lockEditable(id, 'id', 'sent');
    await this.launch.start(this.context.practiceId, id);
    return this.get(id);
  }

  /** Locks the issue against a concurrent change or start; answers its status, refusing once it is sending or sent. */
  private async lockEditable(id: string, field: string, what: string): Promise<string> {
    const rows: { status: string }[] = await this.db.manager.query(`select status from newsletter_issue where tenant_id = $1 and id = $2 for update`, [
      this.context.practiceId,
      id,
    ]);
    if (!rows[0]) throw issueNotFound(field);
    if (rows[0].status === 'SENDING' || rows[0].status === 'SENT') throw notEditable(rows[0].status, field, what);
    return rows[0].status;
  }

  private async email(issue: { id: string; subject: string; preheader: string; body: string }): Promise<IssueEmail> {
    const [practice]: { name: string; slug: string; time_zone: string }[] = await this.db.manager.query(`select name, slug, time_zone from practice where id = $1`, [
      this.context.practiceId,
    ]);
    return new IssueEmail(issue, { name: practice.name, slug: practice.slug, timeZone: practice.time_zone }, {
      publicUrl: this.config.publicUrl,
      unsubscribeMailbox: this.config.newsletter.unsubscribeMailbox,
    });
  }

  private sampleUnsubscribeUrl(): string {
    return `${this.config.publicUrl}/newsletter/unsubscribe?token=sample`;
  }
}
