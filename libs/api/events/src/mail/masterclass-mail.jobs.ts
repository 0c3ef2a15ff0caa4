import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import {
  MASTERCLASS_MAIL,
  MASTERCLASS_REMINDERS,
  MasterclassMailJob,
  MasterclassMailKind,
  MasterclassRemindersJob,
  RegistrationMailQueue,
} from '../shared/registration-mail-queue';

/** Who hears of a change to the whole masterclass: every registrant with a place, or those with a seat. */
const CONCERNED: Record<Exclude<MasterclassMailKind, 'REPLAY'>, string[]> = {
  MASTERCLASS_CANCELLED: ['CONFIRMED', 'PENDING_PAYMENT', 'WAITLISTED'],
  MASTERCLASS_UPDATED: ['CONFIRMED', 'PENDING_PAYMENT'],
};

/**
 * The same mail to every registrant concerned, as one job each, enqueued in this job's transaction: a registrant's
 * mail is re-read and worded for them when it goes, and a failed send is retried for that registrant alone.
 */
@Injectable()
@JobHandler(MASTERCLASS_MAIL, { maxAttempts: 12 })
export class MasterclassMail implements JobHandlerOf<MasterclassMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly queue: RegistrationMailQueue,
  ) {}

  async handle({ practiceId, masterclassId, kind }: MasterclassMailJob): Promise<void> {
    const [masterclass]: { status: string; replay_url: string }[] = await this.db.manager.query(
      `select status, replay_url from masterclass where tenant_id = $1 and id = $2`,
      [practiceId, masterclassId],
    );
    if (!masterclass) return;
    const cancelled = masterclass.status === 'CANCELLED';
    let registrationIds: string[];
    if (kind === 'REPLAY') {
      if (cancelled || !masterclass.replay_url.trim()) return;
      // Once per registrant, however often the replay link is saved or the masterclass completed.
      const rows: { registration_id: string }[] = await this.db.manager.query(
        `insert into registration_mail (tenant_id, registration_id, kind)
         select tenant_id, id, 'REPLAY' from registration where tenant_id = $1 and masterclass_id = $2 and status = 'CONFIRMED'
         on conflict do nothing
         returning registration_id`,
        [practiceId, masterclassId],
      );
      registrationIds = rows.map((row) => row.registration_id);
    } else {
      // A cancellation mail for a masterclass that is not cancelled (or an update for one that is) says nothing true.
      if (cancelled !== (kind === 'MASTERCLASS_CANCELLED')) return;
      const rows: { id: string }[] = await this.db.manager.query(
        `select id from registration where tenant_id = $1 and masterclass_id = $2 and status = any($3) order by registered_at, id`,
        [practiceId, masterclassId, CONCERNED[kind]],
      );
      registrationIds = rows.map((row) => row.id);
    }
    for (const registrationId of registrationIds) await this.queue.toRegistrant(registrationId, kind);
  }
}

/**
 * A reminder for every confirmed registrant, at most once each: the ledger row and the registrant's mail job are
 * written in one transaction, so a worker that restarts, or this job running twice, finds the rows there and
 * mails nobody again. A masterclass moved since this job was scheduled has a newer one for its new start.
 */
@Injectable()
@JobHandler(MASTERCLASS_REMINDERS, { maxAttempts: 12 })
export class MasterclassReminders implements JobHandlerOf<MasterclassRemindersJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly queue: RegistrationMailQueue,
  ) {}

  async handle({ practiceId, masterclassId, kind, startsAt }: MasterclassRemindersJob): Promise<void> {
    // Shared lock: a move or a cancellation committing now is waited for, and its outcome read.
    const [masterclass]: { status: string; starts_at: Date }[] = await this.db.manager.query(
      `select status, starts_at from masterclass where tenant_id = $1 and id = $2 for share`,
      [practiceId, masterclassId],
    );
    if (!masterclass || masterclass.status !== 'PUBLISHED' || masterclass.starts_at.getTime() !== Date.parse(startsAt)) return;
    const due: { registration_id: string }[] = await this.db.manager.query(
      `insert into registration_mail (tenant_id, registration_id, kind)
       select tenant_id, id, $3 from registration where tenant_id = $1 and masterclass_id = $2 and status = 'CONFIRMED'
       on conflict do nothing
       returning registration_id`,
      [practiceId, masterclassId, kind],
    );
    for (const { registration_id } of due) await this.queue.toRegistrant(registration_id, kind);
  }
}
