import { CalendarEntry, calendarFile, masterclassUid } from './ics';
import { readCalendar } from './jest/read-ics';

const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  masterclassId: '6f1c1d1e-0000-4000-8000-000000000001',
  title: 'Leading without fixing',
  description: 'How senior engineers step back; and let the team solve it, together.',
  startsAt: new Date('2026-07-01T17:00:00Z'),
  durationMinutes: 60,
  timeZone: 'Europe/London',
  sequence: 0,
  status: 'CONFIRMED',
  url: 'https://ascend.test/p/harbour/masterclasses/leading-without-fixing',
  organizer: { name: 'Harbour Coaching, Ltd', email: 'no-reply@ascend.test' },
  lastModified: new Date('2026-06-01T09:00:00Z'),
  ...overrides,
});

const one = (overrides: Partial<CalendarEntry> = {}, method?: 'PUBLISH' | 'CANCEL') => {
  const ics = calendarFile({ name: 'Harbour Coaching', method, host: 'ascend.test', entries: [entry(overrides)] });
  return { ics, read: readCalendar(ics), event: readCalendar(ics).events[0] };
};

describe('calendar files', () => {
  it('writes a summer evening in London at its wall-clock hour with the zone, which is 17:00 UTC', () => {
    const { ics, read, event } = one();
    expect(ics).toContain('DTSTART;TZID=Europe/London:20260701T180000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/London:20260701T190000\r\n');
    expect(read.timezones).toEqual(['Europe/London']);
    expect(event.startZone).toBe('Europe/London');
    expect(event.start.toISOString()).toBe('2026-07-01T17:00:00.000Z');
    expect(event.end.toISOString()).toBe('2026-07-01T18:00:00.000Z');
  });

  it('gets the instants right whatever zone the server runs in', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    try {
      const { ics, event } = one();
      expect(ics).toContain('DTSTART;TZID=Europe/London:20260701T180000\r\n');
      expect(event.start.toISOString()).toBe('2026-07-01T17:00:00.000Z');
    } finally {
      process.env.TZ = zone;
    }
  });

  it.each([
    ['London in winter (GMT)', 'Europe/London', '2026-12-03T18:00:00Z', '20261203T180000'],
    ['New York the day before summer time', 'America/New_York', '2026-03-07T17:00:00Z', '20260307T120000'],
    ['New York the day summer time starts', 'America/New_York', '2026-03-08T16:00:00Z', '20260308T120000'],
    ['Kolkata, half an hour off the hour', 'Asia/Kolkata', '2026-07-01T12:30:00Z', '20260701T180000'],
    ['Sydney, a day ahead of UTC', 'Australia/Sydney', '2026-01-14T22:00:00Z', '20260115T090000'],
  ])('puts %s at the right instant', (_label, timeZone, instant, wallClock) => {
    const { ics, event } = one({ timeZone, startsAt: new Date(instant), durationMinutes: 90 });
    expect(ics).toContain(`DTSTART;TZID=${timeZone}:${wallClock}\r\n`);
    expect(event.start.toISOString()).toBe(new Date(instant).toISOString());
    expect(event.end.getTime() - event.start.getTime()).toBe(90 * 60_000);
  });

  it('falls back to UTC for a zone it has no VTIMEZONE for, keeping the instant', () => {
    const { ics, read, event } = one({ timeZone: 'Etc/Nowhere' });
    expect(ics).toContain('DTSTART:20260701T170000Z\r\n');
    expect(read.timezones).toEqual([]);
    expect(event.start.toISOString()).toBe('2026-07-01T17:00:00.000Z');
  });

  it('names the masterclass by a UID that depends only on it, and carries the sequence, status and organizer', () => {
    const first = one({ sequence: 0 }, 'PUBLISH');
    const moved = one({ sequence: 3, startsAt: new Date('2026-07-02T17:00:00Z'), title: 'Renamed' }, 'PUBLISH');
    expect(first.event.uid).toBe(`masterclass-6f1c1d1e-0000-4000-8000-000000000001@ascend.test`);
    expect(moved.event.uid).toBe(first.event.uid);
    expect(masterclassUid('6f1c1d1e-0000-4000-8000-000000000001', 'ascend.test')).toBe(first.event.uid);
    expect([first.event.sequence, moved.event.sequence]).toEqual([0, 3]);
    expect(first.read.method).toBe('PUBLISH');
    expect(first.event).toMatchObject({
      status: 'CONFIRMED',
      summary: 'Leading without fixing',
      description: 'How senior engineers step back; and let the team solve it, together.',
      url: 'https://ascend.test/p/harbour/masterclasses/leading-without-fixing',
      organizer: 'mailto:no-reply@ascend.test',
      location: null,
      attendees: [],
    });
    expect(first.ics).toContain('ORGANIZER;CN="Harbour Coaching, Ltd":mailto:no-reply@ascend.test');
    expect(first.ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });

  it('writes a cancellation that calendars act on: METHOD:CANCEL, STATUS:CANCELLED, the attendee named', () => {
    const { read, event } = one({ status: 'CANCELLED', sequence: 2, attendee: { name: 'Priya Raman', email: 'priya@example.com' } }, 'CANCEL');
    expect(read.method).toBe('CANCEL');
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 2, attendees: ['MAILTO:priya@example.com'] });
  });

  it('lists several masterclasses in one feed with a VTIMEZONE for each zone and no method', () => {
    const ics = calendarFile({
      name: 'My masterclasses',
      host: 'ascend.test',
      refreshSeconds: 3600,
      entries: [
        entry(),
        entry({ masterclassId: '6f1c1d1e-0000-4000-8000-000000000002', timeZone: 'America/New_York', status: 'TENTATIVE', location: 'https://meet.example.com/x' }),
      ],
    });
    const read = readCalendar(ics);
    expect(read).toMatchObject({ method: null, name: 'My masterclasses', timezones: ['Europe/London', 'America/New_York'] });
    expect(read.events.map((e) => [e.uid.slice(0, 48), e.status, e.location])).toEqual([
      ['masterclass-6f1c1d1e-0000-4000-8000-000000000001', 'CONFIRMED', null],
      ['masterclass-6f1c1d1e-0000-4000-8000-000000000002', 'TENTATIVE', 'https://meet.example.com/x'],
    ]);
    expect(read.events.map((e) => e.start.toISOString())).toEqual(['2026-07-01T17:00:00.000Z', '2026-07-01T17:00:00.000Z']);
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
  });
});
