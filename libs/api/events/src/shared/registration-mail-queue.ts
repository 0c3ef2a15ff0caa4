import { Injectable } from '@nestjs/common';
import { Jobs } from '@ascend/platform/jobs';
import { TenantContext } from '@ascend/platform/tenancy';

/** One registrant's mail. Each job re-reads the registration and sends nothing when the mail no longer applies. */
export const REGISTRATION_MAIL = 'events.registration-mail';
/** The same mail to every registrant of a masterclass (cancelled by the host, time or link changed, replay). */
export const MASTERCLASS_MAIL = 'events.masterclass-mail';
/** The 24-hour and 1-hour reminders of a masterclass, scheduled when it is published and moved with its start. */
export const MASTERCLASS_REMINDERS = 'events.masterclass-reminders';

export type RegistrationMailKind =
  /** A seat: the join link and the .ics. */
  | 'CONFIRMED'
  /** The masterclass is full: their place on the waitlist. */
  | 'WAITLISTED'
  /** A seat freed up and is now theirs. */
  | 'PROMOTED'
  /** A seat of a paid masterclass is held for them until they pay. */
  | 'PAYMENT_HOLD'
  /** They cancelled their registration. */
  | 'CANCELLED'
  /** Their hold ran out unpaid and the seat went to the next person. */
  | 'HOLD_EXPIRED'
  | 'MASTERCLASS_CANCELLED'
  /** The time or the join link changed: a new .ics replaces the old entry. */
  | 'MASTERCLASS_UPDATED'
  | 'REMINDER_24H'
  | 'REMINDER_1H'
  /** The replay link, worded for those who attended and those who did not. */
  | 'REPLAY';

export type MasterclassMailKind = Extract<RegistrationMailKind, 'MASTERCLASS_CANCELLED' | 'MASTERCLASS_UPDATED' | 'REPLAY'>;
export type ReminderKind = Extract<RegistrationMailKind, 'REMINDER_24H' | 'REMINDER_1H'>;

export type RegistrationMailJob = { practiceId: string; registrationId: string; kind: RegistrationMailKind };
export type MasterclassMailJob = { practiceId: string; masterclassId: string; kind: MasterclassMailKind };
export type MasterclassRemindersJob = { practiceId: string; masterclassId: string; kind: ReminderKind; startsAt: string };

export const REMINDERS: ReadonlyArray<{ kind: ReminderKind; hoursBefore: number }> = [
  { kind: 'REMINDER_24H', hoursBefore: 24 },
  { kind: 'REMINDER_1H', hoursBefore: 1 },
];

/** Enqueues registrants' mail in the caller's transaction, so a change that rolls back mails nobody. */
@Injectable()
export class RegistrationMailQueue {
  constructor(
    private readonly jobs: Jobs,
    private readonly context: TenantContext,
  ) {}

  async toRegistrant(registrationId: string, kind: RegistrationMailKind): Promise<void> {
    const practiceId = this.context.practiceId;
    // One waiting mail of a kind per registration: a second change before it goes out sends the newest state once.
    await this.jobs.enqueue(REGISTRATION_MAIL, { practiceId, registrationId, kind } satisfies RegistrationMailJob, { jobKey: `${kind}:${registrationId}` });
  }

  async toEveryRegistrant(masterclassId: string, kind: MasterclassMailKind): Promise<void> {
    const practiceId = this.context.practiceId;
    await this.jobs.enqueue(MASTERCLASS_MAIL, { practiceId, masterclassId, kind } satisfies MasterclassMailJob, { jobKey: `${kind}:${masterclassId}` });
  }

  /** (Re)schedules both reminders for this start; a reminder whose time has passed is not scheduled. */
  async scheduleReminders(masterclassId: string, startsAt: Date, now: Date): Promise<void> {
    const practiceId = this.context.practiceId;
    for (const { kind, hoursBefore } of REMINDERS) {
      const runAt = new Date(startsAt.getTime() - hoursBefore * 3_600_000);
      if (runAt.getTime() <= now.getTime()) continue;
      const payload: MasterclassRemindersJob = { practiceId, masterclassId, kind, startsAt: startsAt.toISOString() };
      await this.jobs.enqueue(MASTERCLASS_REMINDERS, payload, { jobKey: `${kind}:${masterclassId}`, runAt });
    }
  }
}
