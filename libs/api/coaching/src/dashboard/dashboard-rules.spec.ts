import { clientFlags, currentStreak, FlagFacts, progressFalling, sortRows, sparkline, sparklineWeeks, urgency, weeksMissed } from './dashboard-rules';

const CURRENT = '2026-11-23';
const point = (weekStart: string, progress: number | null) => ({ weekStart, progress, energy: progress === null ? null : 3 });

const calm: FlagFacts = {
  currentWeek: CURRENT,
  today: '2026-11-25',
  now: new Date('2026-11-25T12:00:00Z'),
  lastCheckInWeek: '2026-11-16',
  accountabilityWeek: '2026-09-07',
  oldestUnacknowledgedAt: null,
  goalTargetDate: '2027-06-30',
  weeks: [],
};

describe('sparkline', () => {
  it('gives twelve weeks ending with the current one, with nulls for missed weeks', () => {
    const weeks = sparkline(
      [
        { weekStart: '2026-11-16', progress: 7, energy: 4 },
        { weekStart: '2026-09-07', progress: 2, energy: 2 },
        { weekStart: '2026-08-31', progress: 1, energy: 1 },
      ],
      sparklineWeeks(CURRENT),
    );
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ weekStart: '2026-09-07', progress: 2, energy: 2 });
    expect(weeks[10]).toEqual({ weekStart: '2026-11-16', progress: 7, energy: 4 });
    expect(weeks[11]).toEqual({ weekStart: CURRENT, progress: null, energy: null });
    expect(weeks.filter((w) => w.progress !== null)).toHaveLength(2);
  });
});

describe('progressFalling', () => {
  it('needs three falls in a row over the latest check-ins', () => {
    expect(progressFalling([point('a', 8), point('b', 7), point('c', 5), point('d', 4)])).toBe(true);
    expect(progressFalling([point('a', 8), point('b', 7), point('c', 5)])).toBe(false);
    expect(progressFalling([point('a', 8), point('b', 7), point('c', 7), point('d', 4)])).toBe(false);
  });

  it('skips missed weeks and looks only at the latest four check-ins', () => {
    expect(progressFalling([point('a', 9), point('b', null), point('c', 6), point('d', 5), point('e', null), point('f', 2)])).toBe(true);
    expect(progressFalling([point('a', 9), point('b', 8), point('c', 7), point('d', 6), point('e', 7)])).toBe(false);
  });
});

describe('currentStreak', () => {
  it('keeps a streak that ends this week or last week, and drops an older one', () => {
    expect(currentStreak(5, CURRENT, CURRENT)).toBe(5);
    expect(currentStreak(5, '2026-11-16', CURRENT)).toBe(5);
    expect(currentStreak(5, '2026-11-09', CURRENT)).toBe(0);
    expect(currentStreak(0, null, CURRENT)).toBe(0);
  });
});

describe('weeksMissed', () => {
  it('counts closed weeks since the last check-in, or since accountability began', () => {
    expect(weeksMissed({ ...calm, lastCheckInWeek: '2026-11-02' })).toBe(2);
    expect(weeksMissed({ ...calm, lastCheckInWeek: null, accountabilityWeek: '2026-11-09' })).toBe(2);
  });

  it('owes nothing for a client who has not reached accountability', () => {
    expect(weeksMissed({ ...calm, lastCheckInWeek: null, accountabilityWeek: null })).toBe(0);
  });
});

describe('clientFlags', () => {
  it('raises nothing for a client on track', () => {
    expect(clientFlags(calm)).toEqual([]);
  });

  it('flags two missed weeks, not one', () => {
    expect(clientFlags({ ...calm, lastCheckInWeek: '2026-11-09' })).toEqual([]);
    expect(clientFlags({ ...calm, lastCheckInWeek: '2026-11-02' })).toEqual(['MISSED_TWO_WEEKS']);
  });

  it('marks every unacknowledged check-in new, and overdue after three days', () => {
    expect(clientFlags({ ...calm, oldestUnacknowledgedAt: new Date('2026-11-23T12:00:00Z') })).toEqual(['NEW_CHECK_IN']);
    expect(clientFlags({ ...calm, oldestUnacknowledgedAt: new Date('2026-11-22T11:59:00Z') })).toEqual(['UNACKNOWLEDGED', 'NEW_CHECK_IN']);
  });

  it('flags a goal due within 30 days, or past', () => {
    expect(clientFlags({ ...calm, goalTargetDate: '2026-12-25' })).toEqual(['GOAL_DUE_SOON']);
    expect(clientFlags({ ...calm, goalTargetDate: '2026-12-26' })).toEqual([]);
    expect(clientFlags({ ...calm, goalTargetDate: '2026-11-01' })).toEqual(['GOAL_DUE_SOON']);
  });

  it('flags a falling trend', () => {
    expect(clientFlags({ ...calm, weeks: [point('a', 9), point('b', 7), point('c', 6), point('d', 3)] })).toEqual(['PROGRESS_FALLING']);
  });
});

describe('urgency', () => {
  it('weighs silence over a falling trend over an owed reply over a due goal over a new check-in', () => {
    const scores = (['MISSED_TWO_WEEKS', 'PROGRESS_FALLING', 'UNACKNOWLEDGED', 'GOAL_DUE_SOON', 'NEW_CHECK_IN'] as const).map((flag) => urgency([flag], 2));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(urgency([], 0)).toBe(0);
  });

  it('grows with every week of silence beyond two', () => {
    expect(urgency(['MISSED_TWO_WEEKS'], 6)).toBeGreaterThan(urgency(['MISSED_TWO_WEEKS'], 2));
    expect(urgency(['MISSED_TWO_WEEKS'], 3) + urgency(['NEW_CHECK_IN'], 0)).toBe(urgency(['MISSED_TWO_WEEKS', 'NEW_CHECK_IN'], 3));
  });
});

describe('sortRows', () => {
  const row = (name: string, score: number, latestProgress: number | null, lastCheckInAt: string | null) => ({
    name,
    urgency: score,
    latestProgress,
    lastCheckInAt: lastCheckInAt ? new Date(lastCheckInAt) : null,
  });
  const rows = [row('Cleo', 10, 8, '2026-11-20'), row('ada', 50, 3, '2026-11-01'), row('Bram', 10, null, null), row('Dev', 0, 5, '2026-11-22')];
  const names = (sort: Parameters<typeof sortRows>[1]) => sortRows(rows, sort).map((r) => r.name);

  it('puts the most urgent first, then by name', () => {
    expect(names('URGENCY')).toEqual(['ada', 'Bram', 'Cleo', 'Dev']);
  });

  it('sorts by name ignoring case', () => {
    expect(names('NAME')).toEqual(['ada', 'Bram', 'Cleo', 'Dev']);
  });

  it('puts the lowest progress and the longest silence first, unknown first of all', () => {
    expect(names('PROGRESS')).toEqual(['Bram', 'ada', 'Dev', 'Cleo']);
    expect(names('LAST_CHECK_IN')).toEqual(['Bram', 'ada', 'Cleo', 'Dev']);
  });
});
