import { Injectable } from '@nestjs/common';
import { Jobs } from '@ascend/platform/jobs';
import { Entitlements, TenantDatabase } from '@ascend/platform/tenancy';
import { SEND_ISSUE } from './sending-jobs';

/**
 * Starts sending an issue, in the caller's transaction: the issue becomes SENDING and its ledger gets one row per
 * subscriber subscribed at this moment, in one statement. From then on the ledger is the list: nobody who subscribes
 * later is added, nobody on it is left out. The send job is enqueued in the same commit.
 */
@Injectable()
export class IssueLaunch {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly entitlements: Entitlements,
  ) {}

  /** Answers the number of recipients, or undefined when the issue is not a draft or scheduled (already started). */
  async start(practiceId: string, issueId: string): Promise<number | undefined> {
    const manager = this.db.manager;
    const started: unknown[] = await manager.query(
      `update newsletter_issue set status = 'SENDING', started_at = now(), updated_at = now()
        where tenant_id = $1 and id = $2 and status in ('DRAFT', 'SCHEDULED') returning id`,
      [practiceId, issueId],
    );
    if (!started.length) return undefined;
    // Every recipient's mail counts against the month's allowance, before the ledger is written.
    if (this.entitlements.enforced) {
      const [{ subscribed }]: { subscribed: number }[] = await manager.query(`select count(*)::int as subscribed from subscriber where tenant_id = $1 and status = 'SUBSCRIBED'`, [practiceId]);
      await this.entitlements.allow(practiceId, 'emailsPerMonth', subscribed);
    }
    const [{ recipients }]: { recipients: number }[] = await manager.query(
      `with ledger as (
         insert into delivery (tenant_id, issue_id, subscriber_id)
         select $1, $2, s.id from subscriber s where s.tenant_id = $1 and s.status = 'SUBSCRIBED'
         on conflict do nothing returning 1
       )
       update newsletter_issue set recipients = (select count(*) from ledger) where tenant_id = $1 and id = $2 returning recipients`,
      [practiceId, issueId],
    );
    await this.jobs.enqueue(SEND_ISSUE, { practiceId, issueId }, { jobKey: issueId });
    return recipients;
  }
}
