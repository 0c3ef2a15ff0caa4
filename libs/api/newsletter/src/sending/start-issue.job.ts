import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { IssueLaunch } from './issue-launch';
import { IssueJob, START_ISSUE } from './sending-jobs';

/**
 * A scheduled issue's start. It re-reads the issue: unscheduled, deleted, started by hand or moved later meanwhile,
 * it does nothing (a later time has its own job under the same key). Due while an operator has the practice
 * suspended, it goes back to being a draft rather than going out late by surprise after the reactivation.
 */
@Injectable()
@JobHandler(START_ISSUE, { maxAttempts: 10 })
export class StartIssueJob implements JobHandlerOf<IssueJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly launch: IssueLaunch,
  ) {}

  async handle({ practiceId, issueId }: IssueJob): Promise<void> {
    const [due]: { suspended: boolean }[] = await this.db.manager.query(
      `select app_practice_is_suspended(tenant_id) as suspended from newsletter_issue
        where tenant_id = $1 and id = $2 and status = 'SCHEDULED' and scheduled_at <= now() + interval '5 seconds' for update`,
      [practiceId, issueId],
    );
    if (!due) return;
    if (!due.suspended) {
      await this.launch.start(practiceId, issueId);
      return;
    }
    // Nothing goes out on behalf of a suspended practice; the issue waits as a draft, to be scheduled again.
    await this.db.manager.query(`update newsletter_issue set status = 'DRAFT', scheduled_at = null, updated_at = now() where tenant_id = $1 and id = $2`, [
      practiceId,
      issueId,
    ]);
  }
}
