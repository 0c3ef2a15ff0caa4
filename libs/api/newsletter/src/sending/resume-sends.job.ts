import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { JobHandler, JobHandlerOf, Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { RESUME_SENDS, SEND_ISSUE } from './sending-jobs';

/** How long an issue mid-send may go without a round before the minute's check gives it a new sender. */
const STALLED_MS = 30_000;

/**
 * Sends resume after a crash. graphile-worker keeps a killed worker's job locked for hours, so a starting worker
 * gives every issue still sending a send job, and every minute each issue nobody has advanced for STALLED_MS gets
 * one (keyed by issue: a waiting job is reused). A live sender advances its issue every round, so the minute's check
 * leaves it alone and an issue keeps one sender. A second sender beside a live one would still claim each row once
 * (skip locked), but two senders' rounds would overlap, and with them the moments between a commit and its dots.
 */
@Injectable()
@JobHandler(RESUME_SENDS, { schedule: '* * * * *', maxAttempts: 1 })
export class ResumeSendsJob implements JobHandlerOf, OnApplicationBootstrap {
  private readonly logger = new Logger('Newsletter');

  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    await this.resume(STALLED_MS);
  }

  async onApplicationBootstrap() {
    if (!this.config.jobs.runWorker) return;
    const resumed = await this.db.run({}, () => this.resume(0));
    if (resumed) this.logger.log(`Resuming ${resumed} newsletter issue(s) mid-send`);
  }

  /** Enqueues a send for each issue mid-send that has not advanced for `stalledMs`. */
  private async resume(stalledMs: number): Promise<number> {
    const issues: { practice_id: string; issue_id: string }[] = await this.db.manager.query(
      `select practice_id, issue_id from app_newsletter_issues_in_flight() where last_progress <= now() - make_interval(secs => $1)`,
      [stalledMs / 1000],
    );
    for (const { practice_id, issue_id } of issues) {
      await this.jobs.enqueue(SEND_ISSUE, { practiceId: practice_id, issueId: issue_id }, { jobKey: issue_id });
    }
    return issues.length;
  }
}
