import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import type { MasterclassStatus } from '../masterclasses/masterclass.models';
import type { RegistrationStatus } from '../registrations/registration.models';
import { RegistrationLinks } from '../registrations/registration-links';
import { markdownSummary } from '@ascend/platform/markdown';
import { CalendarEntry, CalendarEntryStatus, calendarFile } from './ics';
import type { RegistrationEntryRow } from './registration-entry';

/** A row of `app_calendar_feed_events`: a registration of the person's, or a masterclass they host (no registration). */
export type FeedEventRow = Pick<
  RegistrationEntryRow,
  | 'practice_id'
  | 'practice_name'
  | 'practice_slug'
  | 'masterclass_id'
  | 'slug'
  | 'title'
  | 'description'
  | 'starts_at'
  | 'duration_minutes'
  | 'time_zone'
  | 'masterclass_status'
  | 'join_url'
  | 'calendar_sequence'
  | 'updated_at'
> & { registration_id: string | null; registration_status: RegistrationStatus | null };

/** How long a calendar app waits before fetching a personal feed again. */
const FEED_REFRESH_SECONDS = 3600;

/** A seat is a firm entry, a place on the waitlist or an unpaid hold a tentative one; anything cancelled is removed. */
export function entryStatus(masterclass: MasterclassStatus, registration: RegistrationStatus | null): CalendarEntryStatus {
  if (masterclass === 'CANCELLED' || registration === 'CANCELLED') return 'CANCELLED';
  if (registration === 'WAITLISTED' || registration === 'PENDING_PAYMENT') return 'TENTATIVE';
  return 'CONFIRMED';
}

const STANDING: Record<RegistrationStatus, string> = {
  CONFIRMED: 'Your seat is confirmed.',
  WAITLISTED: 'You are on the waitlist: if a seat frees up, it is yours and you will get an email.',
  PENDING_PAYMENT: 'A seat is held for you until you pay; it is confirmed once the payment arrives.',
  CANCELLED: 'Your registration is cancelled.',
};

/** The .ics of a registration and a person's feed, with the same UID for a masterclass in both. */
@Injectable()
export class CalendarFiles {
  private readonly host: string;
  private readonly organizerEmail: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: RegistrationLinks,
  ) {
    this.host = new URL(config.publicUrl).hostname;
    // MAIL_FROM is `Name <address>` or a bare address.
    this.organizerEmail = /<([^>]+)>/.exec(config.mail.from)?.[1] ?? config.mail.from.trim();
  }

  /** A registrant's own file: PUBLISH while they have a place, CANCEL once they or the masterclass are cancelled. */
  forRegistration(row: RegistrationEntryRow): { method: 'PUBLISH' | 'CANCEL'; ics: string } {
    const status = entryStatus(row.masterclass_status, row.registration_status);
    const method = status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH';
    const ref = { practiceId: row.practice_id, registrationId: row.registration_id };
    const entry = this.entry(row, status, {
      joinUrl: row.join_url,
      standing: row.masterclass_status === 'CANCELLED' ? 'This masterclass is cancelled.' : STANDING[row.registration_status],
      manageUrl: this.links.manageUrl(row.practice_slug, ref),
    });
    if (method === 'CANCEL') entry.attendee = { name: row.name, email: row.email };
    return { method, ics: calendarFile({ method, host: this.host, entries: [entry] }) };
  }

  /** A person's subscribed feed: every masterclass they registered for or host, in every practice. */
  forFeed(rows: FeedEventRow[]): string {
    const entries = rows.map((row) => {
      const status = entryStatus(row.masterclass_status, row.registration_status);
      if (!row.registration_id || !row.registration_status) {
        return this.entry(row, status, { joinUrl: row.join_url, standing: 'You host this masterclass.' });
      }
      return this.entry(row, status, {
        joinUrl: row.join_url,
        standing: row.masterclass_status === 'CANCELLED' ? 'This masterclass is cancelled.' : STANDING[row.registration_status],
        manageUrl: this.links.manageUrl(row.practice_slug, { practiceId: row.practice_id, registrationId: row.registration_id }),
      });
    });
    return calendarFile({ name: 'My masterclasses (Ascend)', host: this.host, entries, refreshSeconds: FEED_REFRESH_SECONDS });
  }

  /** The public page of a masterclass. */
  publicPage(practiceSlug: string, slug: string): string {
    return `${this.practicePage(practiceSlug)}/masterclasses/${slug}`;
  }

  /** The practice's public page, which lists its upcoming masterclasses. */
  practicePage(practiceSlug: string): string {
    return `${this.config.publicUrl}/p/${practiceSlug}`;
  }

  private entry(
    row: Omit<FeedEventRow, 'registration_id' | 'registration_status'>,
    status: CalendarEntryStatus,
    { joinUrl, standing, manageUrl }: { joinUrl: string; standing: string; manageUrl?: string },
  ): CalendarEntry {
    // The join link only for a firm seat; the feed's function already blanks it for anyone else.
    const join = status === 'CONFIRMED' ? joinUrl.trim() : '';
    const description = [
      markdownSummary(row.description, 600),
      `${row.practice_name}. ${standing}`,
      join && `Join: ${join}`,
      manageUrl && `Your registration (cancel, calendar): ${manageUrl}`,
    ].filter(Boolean);
    return {
      masterclassId: row.masterclass_id,
      title: row.title,
      description: description.join('\n\n'),
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      sequence: row.calendar_sequence,
      status,
      url: this.publicPage(row.practice_slug, row.slug),
      location: join || undefined,
      organizer: { name: row.practice_name, email: this.organizerEmail },
      lastModified: row.updated_at,
    };
  }
}
