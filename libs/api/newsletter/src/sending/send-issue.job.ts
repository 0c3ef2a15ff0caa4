import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { IssueSender } from './issue-sender';
import { IssueJob, SEND_ISSUE } from './sending-jobs';

/**
 * Sends an issue. The job's own transaction only checks the issue is sending; the rounds run after it committed,
 * each in a transaction of its own, since marking rows sent must commit before their messages are completed.
 */
@Injectable()
@JobHandler(SEND_ISSUE, { maxAttempts: 25 })
export class SendIssueJob implements JobHandlerOf<IssueJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sender: IssueSender,
  ) {}

  async handle({ practiceId, issueId }: IssueJob): Promise<void> {
    const rows: unknown[] = await this.db.manager.query(`select 1 from newsletter_issue where tenant_id = $1 and id = $2 and status = 'SENDING'`, [
      practiceId,
      issueId,
    ]);
    if (!rows.length) return;
    this.db.afterCommit(() => this.sender.send(practiceId, issueId));
  }
}
