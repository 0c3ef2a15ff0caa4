import { checkInProblems, firstOwedWeek, liveStreak, streakAfter, weekStatus } from './check-in-rules';

// Sunday 22 November 2026, noon in London: the current week began on Monday the 16th.
const now = new Date('2026-11-22T12:00:00Z');
const london = { now, timeZone: 'Europe/London', existing: false };

describe('check-in validation', () => {
  it('accepts this week and a late check-in for last week', () => {
    expect(checkInProblems({ weekStart: '2026-11-16', progress: 0, energy: 5 }, london)).toEqual([]);
    expect(checkInProblems({ weekStart: '2026-11-09', progress: 10, energy: 1 }, london)).toEqual([]);
  });

  it('names progress outside 0-10 and energy outside 1-5', () => {
    expect(checkInProblems({ weekStart: '2026-11-16', progress: 11, energy: 0 }, london)).toEqual([
      { field: 'input.progress', message: 'must be a whole number from 0 to 10' },
      { field: 'input.energy', message: 'must be a whole number from 1 to 5' },
    ]);
    expect(checkInProblems({ weekStart: '2026-11-16', progress: 4.5, energy: 3 }, london)[0].field).toBe('input.progress');
  });

  it('refuses a future week and one that has long closed', () => {
    expect(checkInProblems({ weekStart: '2026-11-23', progress: 5, energy: 3 }, london)).toEqual([
      { field: 'input.weekStart', message: 'is in the future: check in for this week or last week' },
    ]);
    expect(checkInProblems({ weekStart: '2026-11-02', progress: 5, energy: 3 }, london)[0].message).toMatch(/has closed/);
  });

  it("lets this week's check-in be edited, but not last week's once that week has closed", () => {
    expect(checkInProblems({ weekStart: '2026-11-16', progress: 6, energy: 3 }, { ...london, existing: true })).toEqual([]);
    expect(checkInProblems({ weekStart: '2026-11-09', progress: 6, energy: 3 }, { ...london, existing: true })).toEqual([
      { field: 'input.weekStart', message: 'has closed: its check-in can no longer be changed' },
    ]);
  });

  it("follows the client's own clock: Sunday evening in New York is still the old week", () => {
    const sundayNight = new Date('2026-11-23T03:00:00Z');
    expect(checkInProblems({ weekStart: '2026-11-23', progress: 5, energy: 3 }, { now: sundayNight, timeZone: 'America/New_York', existing: false })).toHaveLength(1);
    expect(checkInProblems({ weekStart: '2026-11-16', progress: 5, energy: 3 }, { now: sundayNight, timeZone: 'America/New_York', existing: true })).toEqual([]);
  });
});

describe('streaks', () => {
  it('grows with consecutive weeks and restarts after a gap, keeping the longest', () => {
    expect(streakAfter(['2026-11-02', '2026-11-09'], '2026-11-16', 2)).toEqual({ streakWeeks: 3, longestStreakWeeks: 3 });
    expect(streakAfter(['2026-10-19', '2026-10-26', '2026-11-02'], '2026-11-16', 3)).toEqual({ streakWeeks: 1, longestStreakWeeks: 3 });
  });

  it('joins two runs when a late check-in fills the gap between them', () => {
    expect(streakAfter(['2026-11-02', '2026-11-16'], '2026-11-09', 1)).toEqual({ streakWeeks: 3, longestStreakWeeks: 3 });
  });

  it('counts the stored run while it reaches this week or last week', () => {
    expect(liveStreak(4, '2026-11-16', '2026-11-16')).toBe(4);
    expect(liveStreak(4, '2026-11-09', '2026-11-16')).toBe(4);
    expect(liveStreak(4, '2026-11-02', '2026-11-16')).toBe(0);
    expect(liveStreak(0, null, '2026-11-16')).toBe(0);
  });
});

describe("this week's state", () => {
  const friday = 5;
  it('is upcoming before the check-in day, due on it, late after it, done once checked in', () => {
    expect(weekStatus('2026-11-16', friday, 'Europe/London', new Date('2026-11-19T23:59:00Z'), false)).toBe('UPCOMING');
    expect(weekStatus('2026-11-16', friday, 'Europe/London', new Date('2026-11-20T08:00:00Z'), false)).toBe('DUE');
    expect(weekStatus('2026-11-16', friday, 'Europe/London', new Date('2026-11-21T00:00:00Z'), false)).toBe('LATE');
    expect(weekStatus('2026-11-16', friday, 'Europe/London', new Date('2026-11-21T00:00:00Z'), true)).toBe('DONE');
  });
});

describe('the first week a client owes a check-in', () => {
  it('is the week of the set-up, unless its reminder had already gone', () => {
    expect(firstOwedWeek(null, 5, 'Europe/London')).toBeNull();
    expect(firstOwedWeek(new Date('2026-11-18T10:00:00Z'), 5, 'Europe/London')).toBe('2026-11-16');
    expect(firstOwedWeek(new Date('2026-11-20T09:30:00Z'), 5, 'Europe/London')).toBe('2026-11-23');
  });
});
