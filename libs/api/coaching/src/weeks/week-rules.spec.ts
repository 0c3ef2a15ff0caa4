import fc from 'fast-check';
import {
  addWeeks,
  checkInWeekProblem,
  instantAt,
  isLate,
  isoWeekday,
  isTimeZone,
  missedWeeks,
  reminderAt,
  streakWeeks,
  weekBounds,
  weekStartAt,
} from './week-rules';

const hours = (bounds: { start: Date; end: Date }) => (bounds.end.getTime() - bounds.start.getTime()) / 3_600_000;

describe('week rules', () => {
  it('names a week by its Monday on the client’s own clock', () => {
    // Sunday 23:30 in New York is already Monday in UTC: still the week that began on the 16th there.
    expect(weekStartAt(new Date('2026-11-23T04:30:00Z'), 'America/New_York')).toBe('2026-11-16');
    expect(weekStartAt(new Date('2026-11-23T04:30:00Z'), 'Europe/London')).toBe('2026-11-23');
    // Monday 00:10 in Auckland is Sunday in UTC.
    expect(weekStartAt(new Date('2026-11-22T11:10:00Z'), 'Pacific/Auckland')).toBe('2026-11-23');
  });

  it('gives the week of a spring-forward change 167 hours and of an autumn change 169', () => {
    expect(hours(weekBounds('2026-03-23', 'Europe/London'))).toBe(167);
    expect(hours(weekBounds('2026-10-19', 'Europe/London'))).toBe(169);
    expect(hours(weekBounds('2026-03-02', 'America/New_York'))).toBe(167);
    expect(hours(weekBounds('2026-10-26', 'America/New_York'))).toBe(169);
    expect(hours(weekBounds('2026-11-16', 'Asia/Kolkata'))).toBe(168);
    expect(weekBounds('2026-10-19', 'Europe/London')).toEqual({ start: new Date('2026-10-18T23:00:00Z'), end: new Date('2026-10-26T00:00:00Z') });
  });

  it('resolves a wall time skipped by a change to just after the gap, and a repeated one to its first occurrence', () => {
    expect(instantAt('2026-03-29', 1, 'Europe/London')).toEqual(new Date('2026-03-29T01:00:00Z'));
    expect(instantAt('2026-10-25', 1, 'Europe/London')).toEqual(new Date('2026-10-25T00:00:00Z'));
    expect(instantAt('2026-11-20', 9, 'Asia/Kolkata')).toEqual(new Date('2026-11-20T03:30:00Z'));
    expect(instantAt('2026-11-20', 9, 'Pacific/Chatham')).toEqual(new Date('2026-11-19T19:15:00Z'));
  });

  it('sends the reminder at nine on the check-in day, local time, summer or winter', () => {
    expect(reminderAt('2026-11-16', 5, 'Europe/London')).toEqual(new Date('2026-11-20T09:00:00Z'));
    expect(reminderAt('2026-06-15', 5, 'Europe/London')).toEqual(new Date('2026-06-19T08:00:00Z'));
    expect(reminderAt('2026-11-16', 1, 'America/Los_Angeles')).toEqual(new Date('2026-11-16T17:00:00Z'));
  });

  it('marks a check-in late once its check-in day has ended for the client', () => {
    const friday = 5;
    expect(isLate('2026-11-16', friday, 'Europe/London', new Date('2026-11-20T23:59:00Z'))).toBe(false);
    expect(isLate('2026-11-16', friday, 'Europe/London', new Date('2026-11-21T00:00:00Z'))).toBe(true);
    // Still Friday evening in New York.
    expect(isLate('2026-11-16', friday, 'America/New_York', new Date('2026-11-21T03:00:00Z'))).toBe(false);
  });

  it('accepts this week and last week, and names why another week is refused', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(checkInWeekProblem('2026-11-16', now, 'Europe/London')).toBeNull();
    expect(checkInWeekProblem('2026-11-09', now, 'Europe/London')).toBeNull();
    expect(checkInWeekProblem('2026-11-23', now, 'Europe/London')).toMatch(/future/);
    expect(checkInWeekProblem('2026-11-02', now, 'Europe/London')).toMatch(/closed/);
    expect(checkInWeekProblem('2026-11-17', now, 'Europe/London')).toMatch(/Monday/);
    // In Auckland it is already Monday the 23rd: that week is open, and the 9th has closed.
    expect(checkInWeekProblem('2026-11-23', now, 'Pacific/Auckland')).toBeNull();
    expect(checkInWeekProblem('2026-11-09', now, 'Pacific/Auckland')).toMatch(/closed/);
  });

  it('counts a streak of consecutive weeks, keeping it while this week is still open', () => {
    const current = '2026-11-16';
    expect(streakWeeks([], current)).toBe(0);
    expect(streakWeeks(['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-19'], current)).toBe(3);
    expect(streakWeeks(['2026-11-09', '2026-11-02'], current)).toBe(2);
    expect(streakWeeks(['2026-11-02', '2026-10-26'], current)).toBe(0);
    expect(streakWeeks(['2026-11-09', '2026-11-16', '2026-11-16'], current)).toBe(2);
  });

  it('counts missed weeks only once they have closed', () => {
    expect(missedWeeks('2026-11-09', '2026-01-05', '2026-11-16')).toBe(0);
    expect(missedWeeks('2026-11-02', '2026-01-05', '2026-11-16')).toBe(1);
    expect(missedWeeks('2026-10-26', '2026-01-05', '2026-11-16')).toBe(2);
    expect(missedWeeks(null, '2026-11-02', '2026-11-16')).toBe(2);
    expect(missedWeeks(null, '2026-11-16', '2026-11-16')).toBe(0);
  });

  it('knows the zones it can compute in', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('puts every instant inside the bounds of its own week, in any zone', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago'];
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), fc.constantFrom(...zones), (instant, zone) => {
        const week = weekStartAt(instant, zone);
        const { start, end } = weekBounds(week, zone);
        expect(isoWeekday(week)).toBe(1);
        expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime()).toBeLessThan(end.getTime());
        expect(weekStartAt(end, zone)).toBe(addWeeks(week, 1));
      }),
      { numRuns: 500 },
    );
  });
});
