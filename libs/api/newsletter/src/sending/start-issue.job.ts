import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { IssueLaunch } from './issue-launch';
import { IssueJob, START_ISSUE } from './sending-jobs';

/**
 * A scheduled issue's start. It re-reads the issue: unscheduled, deleted, started by hand or moved later meanwhile,
 * it does nothing (a later time has its own job under the same key).
 */
@Injectable()
@JobHandler(START_ISSUE, { maxAttempts: 10 })
export class StartIssueJob implements JobHandlerOf<IssueJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly launch: IssueLaunch,
  ) {}

  async handle({ practiceId, issueId }: IssueJob): Promise<void> {
    const due: unknown[] = await this.db.manager.query(
      `select 1 from newsletter_issue where tenant_id = $1 and id = $2 and status = 'SCHEDULED' and scheduled_at <= now() + interval '5 seconds' for update`,
      [practiceId, issueId],
    );
    if (due.length) await this.launch.start(practiceId, issueId);
  }
}
