import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { emailLayout, MailAttachment, Mailer } from '@ascend/platform/mail';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { CalendarFiles } from '../calendar/calendar-files';
import { readRegistrationEntry, RegistrationEntryRow } from '../calendar/registration-entry';
import { RegistrationLinks } from '../registrations/registration-links';
import { EventsClock } from '../shared/events-clock';
import { REGISTRATION_MAIL, RegistrationMailJob } from '../shared/registration-mail-queue';
import { RegistrantMailView, registrantMail } from './registrant-mail-content';
import { mailApplies } from './registrant-mail-rules';

/**
 * One registrant's mail of one kind. Re-reads the registration, its masterclass and practice when it runs, so the
 * mail tells how things stand now (the waitlist position, the time, the join link), and sends nothing once it no
 * longer applies: a confirmation for a seat cancelled meanwhile, a reminder for a cancelled masterclass, anything
 * of a practice an operator suspended.
 */
@Injectable()
@JobHandler(REGISTRATION_MAIL, { maxAttempts: 12 })
export class RegistrantMail implements JobHandlerOf<RegistrationMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mailer: Mailer,
    private readonly links: RegistrationLinks,
    private readonly files: CalendarFiles,
    private readonly clock: EventsClock,
  ) {}

  async handle({ practiceId, registrationId, kind }: RegistrationMailJob): Promise<void> {
    const row = await readRegistrationEntry(this.db.manager, practiceId, registrationId);
    if (!row) return;
    const state = {
      practiceSuspended: row.practice_suspended,
      registrationStatus: row.registration_status,
      masterclassStatus: row.masterclass_status,
      startsAt: row.starts_at,
      holdExpiresAt: row.hold_expires_at,
      replayUrl: row.replay_url,
    };
    if (!mailApplies(kind, state, this.clock.now())) return;
    const content = registrantMail(kind, this.view(row));
    const attachments = content.withCalendar ? [this.invitation(row)] : [];
    this.db.afterCommit(async () => {
      await this.mailer.send({ to: row.email, subject: content.subject, tag: content.tag, ...emailLayout(content.layout), attachments });
    });
  }

  private view(row: RegistrationEntryRow): RegistrantMailView {
    const ref = { practiceId: row.practice_id, registrationId: row.registration_id };
    return {
      name: row.name,
      status: row.registration_status,
      practiceName: row.practice_name,
      title: row.title,
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      // The join link only ever reaches a confirmed seat.
      joinUrl: row.registration_status === 'CONFIRMED' ? row.join_url : '',
      replayUrl: row.replay_url,
      manageUrl: this.links.manageUrl(row.practice_slug, ref),
      calendarUrl: this.links.calendarUrl(ref),
      masterclassUrl: this.files.publicPage(row.practice_slug, row.slug),
      practiceUrl: this.files.practicePage(row.practice_slug),
      waitlistPosition: row.waitlist_position,
      holdExpiresAt: row.hold_expires_at,
      price: row.price_cents !== null && row.currency !== null ? { amountCents: row.price_cents, currency: row.currency } : null,
      attended: row.attendance === 'ATTENDED',
    };
  }

  private invitation(row: RegistrationEntryRow): MailAttachment {
    const { method, ics } = this.files.forRegistration(row);
    return { filename: `${row.slug}.ics`, content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` };
  }
}
