import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { endsAt } from '../masterclasses/masterclass-rules';
import { ZonedTime } from './zoned-time';

export type CalendarEntryStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** One masterclass as a calendar shows it. */
export interface CalendarEntry {
  masterclassId: string;
  title: string;
  /** Plain text. */
  description: string;
  startsAt: Date;
  durationMinutes: number;
  /** The IANA zone it is presented in: DTSTART and DTEND are written in it, with its VTIMEZONE. */
  timeZone: string;
  /** The masterclass's calendar_sequence: a calendar replaces its entry when this rises. */
  sequence: number;
  status: CalendarEntryStatus;
  /** Its public page. */
  url: string;
  /** The join link, for a confirmed seat only. */
  location?: string;
  organizer: { name: string; email: string };
  /** The registrant, named only in a cancellation (iTIP's CANCEL addresses its attendees). */
  attendee?: { name: string; email: string };
  lastModified: Date;
}

export interface CalendarFile {
  /** The calendar's name, shown by apps that subscribe to it; a single invitation has none. */
  name?: string;
  /** PUBLISH adds or updates entries; CANCEL removes them. A subscribed feed has none. */
  method?: 'PUBLISH' | 'CANCEL';
  /** The host of the public URL: UIDs are `masterclass-<id>@<host>`. */
  host: string;
  entries: CalendarEntry[];
  /** How often a subscribing app should fetch the feed again. */
  refreshSeconds?: number;
}

/**
 * The UID of a masterclass in every calendar file: the same in a registrant's .ics, in every update and in the
 * personal feed, so a calendar that already has the entry replaces it rather than adding a second one.
 */
export function masterclassUid(masterclassId: string, host: string): string {
  return `masterclass-${masterclassId}@${host}`;
}

/** An RFC 5545 calendar (CRLF lines, folded) for these masterclasses. */
export function calendarFile({ name, method, host, entries, refreshSeconds }: CalendarFile): string {
  const calendar = ical({
    name: name ?? null,
    prodId: { company: 'Ascend', product: 'Masterclasses', language: 'EN' },
    method: method ? ICalCalendarMethod[method] : null,
    ttl: refreshSeconds ?? null,
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; each event names its own zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const entry of entries) {
    // A zone without a known VTIMEZONE would leave TZID pointing at nothing: write that event in UTC instead.
    const zone = getVtimezoneComponent(entry.timeZone) ? entry.timeZone : null;
    const at = (instant: Date) => (zone ? new ZonedTime(instant, zone) : instant);
    calendar.createEvent({
      id: masterclassUid(entry.masterclassId, host),
      sequence: entry.sequence,
      start: at(entry.startsAt),
      end: at(endsAt(entry.startsAt, entry.durationMinutes)),
      timezone: zone,
      summary: entry.title,
      description: entry.description,
      location: entry.location || null,
      url: entry.url,
      status: ICalEventStatus[entry.status],
      organizer: entry.organizer,
      attendees: entry.attendee ? [{ name: entry.attendee.name, email: entry.attendee.email }] : [],
      lastModified: entry.lastModified,
    });
  }
  return calendar.toString();
}
