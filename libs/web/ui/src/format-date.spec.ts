import { formatDate, formatDateTime, formatDay, todayOnThisDevice } from './format-date';

describe('date formatting', () => {
  const at = '2026-11-21T14:05:00Z';

  it('gives the day in the reader’s locale', () => {
    expect(formatDate(at, 'en-GB', 'Europe/London')).toBe('21 Nov 2026');
  });

  it('gives the day and time in the reader’s zone', () => {
    expect(formatDateTime(at, 'en-GB', 'America/New_York')).toBe('21 Nov 2026, 09:05');
  });
});

describe('calendar dates', () => {
  it('shows a date-only value as that day, whatever the zone', () => {
    expect(formatDay('2026-11-16', 'en-GB')).toBe('16 Nov 2026');
    expect(formatDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it("gives today's date on this device's calendar", () => {
    expect(todayOnThisDevice(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(todayOnThisDevice(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
