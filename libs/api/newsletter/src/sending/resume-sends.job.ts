import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { JobHandler, JobHandlerOf, Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { RESUME_SENDS, SEND_ISSUE } from './sending-jobs';

/**
 * Sends resume after a crash. graphile-worker keeps a killed worker's job locked for hours, so every minute, and
 * once as a worker starts, each issue still sending gets a send job (keyed by issue: a waiting one is reused, and a
 * second sender beside a live one is harmless, since rows are claimed with skip locked).
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
    await this.resume();
  }

  async onApplicationBootstrap() {
    if (!this.config.jobs.runWorker) return;
    const resumed = await this.db.run({}, () => this.resume());
    if (resumed) this.logger.log(`Resuming ${resumed} newsletter issue(s) mid-send`);
  }

  private async resume(): Promise<number> {
    const issues: { practice_id: string; issue_id: string }[] = await this.db.manager.query(`select practice_id, issue_id from app_newsletter_issues_in_flight()`);
    for (const { practice_id, issue_id } of issues) {
      await this.jobs.enqueue(SEND_ISSUE, { practiceId: practice_id, issueId: issue_id }, { jobKey: issue_id });
    }
    return issues.length;
  }
}
