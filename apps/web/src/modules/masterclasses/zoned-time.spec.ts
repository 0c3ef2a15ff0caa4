import { instantOf, isWallClock, wallClockAt } from './zoned-time';

const at = (date: string, time: string, zone: string) => instantOf({ date, time }, zone)?.toISOString() ?? null;

describe('instantOf: the instant a zone reads a wall clock', () => {
  it('reads London in summer (BST, UTC+1) and in winter (GMT)', () => {
    expect(at('2027-07-15', '18:00', 'Europe/London')).toBe('2027-07-15T17:00:00.000Z');
    expect(at('2027-01-15', '18:00', 'Europe/London')).toBe('2027-01-15T18:00:00.000Z');
  });

  it('follows each zone on the days its clocks change', () => {
    // London goes forward on 28 March 2027 at 01:00 UTC; New York on 14 March 2027 at 07:00 UTC.
    expect(at('2027-03-28', '00:30', 'Europe/London')).toBe('2027-03-28T00:30:00.000Z');
    expect(at('2027-03-28', '02:30', 'Europe/London')).toBe('2027-03-28T01:30:00.000Z');
    expect(at('2027-03-14', '12:00', 'America/New_York')).toBe('2027-03-14T16:00:00.000Z');
    expect(at('2027-03-13', '12:00', 'America/New_York')).toBe('2027-03-13T17:00:00.000Z');
  });

  it('has no instant for the hour skipped when clocks go forward', () => {
    expect(at('2027-03-28', '01:30', 'Europe/London')).toBeNull();
    expect(at('2027-03-14', '02:15', 'America/New_York')).toBeNull();
  });

  it('takes the first of the two instants when clocks go back and an hour happens twice', () => {
    // London goes back on 31 October 2027 at 01:00 UTC: 01:30 is read at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    expect(at('2027-10-31', '01:30', 'Europe/London')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('handles zones ahead of UTC, half-hour offsets and the date line', () => {
    expect(at('2027-07-15', '09:00', 'Asia/Kolkata')).toBe('2027-07-15T03:30:00.000Z');
    expect(at('2027-01-01', '00:00', 'Pacific/Auckland')).toBe('2026-12-31T11:00:00.000Z');
    expect(at('2027-07-15', '09:00', 'UTC')).toBe('2027-07-15T09:00:00.000Z');
  });

  it('refuses what is not a date and a time', () => {
    expect(at('2027-02-30', '10:00', 'Europe/London')).toBeNull();
    expect(at('2027-07-15', '24:00', 'Europe/London')).toBeNull();
    expect(at('', '', 'Europe/London')).toBeNull();
    expect(isWallClock({ date: '2027-07-15', time: '9:00' })).toBe(false);
  });
});

describe('wallClockAt', () => {
  it('reads an instant on the clocks of a zone, and back again', () => {
    expect(wallClockAt('2027-07-15T17:00:00.000Z', 'Europe/London')).toEqual({ date: '2027-07-15', time: '18:00' });
    expect(wallClockAt('2027-07-15T23:30:00.000Z', 'Asia/Tokyo')).toEqual({ date: '2027-07-16', time: '08:30' });
    expect(wallClockAt('2027-07-15T04:00:00.000Z', 'America/Los_Angeles')).toEqual({ date: '2027-07-14', time: '21:00' });
    expect(at('2027-07-14', '21:00', 'America/Los_Angeles')).toBe('2027-07-15T04:00:00.000Z');
  });

  it('reads midnight as 00:00', () => {
    expect(wallClockAt('2027-07-14T23:00:00.000Z', 'Europe/London')).toEqual({ date: '2027-07-15', time: '00:00' });
  });
});
