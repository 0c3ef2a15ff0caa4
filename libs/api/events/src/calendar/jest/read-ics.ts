import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  status: string | null;
  start: Date;
  end: Date;
  /** The TZID DTSTART names, or 'Z' for UTC. */
  startZone: string;
  url: string | null;
  location: string | null;
  organizer: string | null;
  attendees: string[];
}

export interface ReadCalendar {
  method: string | null;
  name: string | null;
  /** The TZIDs of the VTIMEZONE components the file carries. */
  timezones: string[];
  events: ReadEvent[];
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * A calendar file as an independent parser (ical.js) reads it. Times in a named zone are converted with the
 * VTIMEZONE the file itself carries, as a calendar app does, so a wrong VTIMEZONE shows up as a wrong instant.
 */
export function readCalendar(ics: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  try {
    return {
      method: text(calendar.getFirstPropertyValue('method')),
      name: text(calendar.getFirstPropertyValue('x-wr-calname')),
      timezones: timezones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
      events: calendar.getAllSubcomponents('vevent').map((component) => {
        const event = new ICAL.Event(component);
        return {
          uid: event.uid,
          sequence: event.sequence,
          summary: event.summary,
          description: event.description,
          status: text(component.getFirstPropertyValue('status')),
          start: event.startDate.toJSDate(),
          end: event.endDate.toJSDate(),
          startZone: event.startDate.zone?.tzid === 'UTC' ? 'Z' : String(component.getFirstProperty('dtstart')?.getParameter('tzid') ?? 'floating'),
          url: text(component.getFirstPropertyValue('url')),
          location: text(component.getFirstPropertyValue('location')),
          organizer: text(component.getFirstPropertyValue('organizer')),
          attendees: component.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue())),
        };
      }),
    };
  } finally {
    for (const zone of timezones) ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}
