import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { CheckInMail } from './check-in-mail';

export const CHECK_IN_SUBMITTED = 'coaching.check-in-submitted';
export const CHECK_IN_REPLIED = 'coaching.check-in-replied';

export type CheckInMailJob = {
  practiceId: string;
  checkInId: string;
};

/** Tells the assigned coach a client checked in; nothing when the check-in or the coach is gone. */
@Injectable()
@JobHandler(CHECK_IN_SUBMITTED, { maxAttempts: 12 })
export class CheckInSubmittedMail implements JobHandlerOf<CheckInMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mail: CheckInMail,
  ) {}

  async handle({ practiceId, checkInId }: CheckInMailJob): Promise<void> {
    const [found]: { coach_email: string; client_id: string; client_name: string; progress: number; late: boolean; week_start: string }[] =
      await this.db.manager.query(
        `select coach.email as coach_email, c.id as client_id, c.name as client_name, ci.progress, ci.late, ci.week_start::text
           from check_in ci
           join client c on c.tenant_id = ci.tenant_id and c.id = ci.client_id
           join app_user coach on coach.id = c.coach_user_id
          where ci.tenant_id = $1 and ci.id = $2`,
        [practiceId, checkInId],
      );
    if (!found) return;
    this.db.afterCommit(() =>
      this.mail.checkedIn(found.coach_email, {
        clientId: found.client_id,
        clientName: found.client_name,
        progress: found.progress,
        late: found.late,
        weekStart: found.week_start,
      }),
    );
  }
}

/** Tells the client their coach replied, with the reply as it stands when the mail goes. */
@Injectable()
@JobHandler(CHECK_IN_REPLIED, { maxAttempts: 12 })
export class CheckInRepliedMail implements JobHandlerOf<CheckInMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mail: CheckInMail,
  ) {}

  async handle({ practiceId, checkInId }: CheckInMailJob): Promise<void> {
    const [found]: { client_email: string; coach_name: string | null; week_start: string; reply: string }[] = await this.db.manager.query(
      `select c.email as client_email, coach.name as coach_name, ci.week_start::text, ci.coach_reply as reply
         from check_in ci
         join client c on c.tenant_id = ci.tenant_id and c.id = ci.client_id
         left join app_user coach on coach.id = ci.replied_by
        where ci.tenant_id = $1 and ci.id = $2 and ci.coach_reply is not null and c.user_id is not null`,
      [practiceId, checkInId],
    );
    if (!found) return;
    this.db.afterCommit(() =>
      this.mail.replied(found.client_email, { coachName: found.coach_name ?? 'Your coach', weekStart: found.week_start, reply: found.reply }),
    );
  }
}
