import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { JobHandler, JobHandlerOf } from './job-handler';

/**
 * Rate-limit counters (table rate_limit) are only ever overwritten, never removed: once a counter's window and
 * block have both been over for a day it counts nothing, so it goes. Not tenant data: it runs with no practice.
 */
@Injectable()
@JobHandler('platform.forget-expired-rate-limits', { schedule: '17 3 * * *' })
export class ForgetExpiredRateLimits implements JobHandlerOf {
  constructor(private readonly db: TenantDatabase) {}

  async handle(): Promise<void> {
    await this.db.manager.query(
      `delete from rate_limit
       where window_ends_at < now() - interval '1 day'
         and (blocked_until is null or blocked_until < now() - interval '1 day')`,
    );
  }
}
