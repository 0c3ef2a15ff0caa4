import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';

/** An unconfirmed sign-up holds a password hash: once its link has expired it goes. */
@Injectable()
@JobHandler('identity.forget-expired-sign-ups', { schedule: '37 * * * *' })
export class ForgetExpiredSignUps implements JobHandlerOf {
  constructor(private readonly db: TenantDatabase) {}

  async handle(): Promise<void> {
    await this.db.manager.query('select app_forget_expired_sign_ups()');
  }
}
