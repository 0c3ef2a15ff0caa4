import { isPaying, mrrHistory, payingAt, periodProblem, platformTotals, SubscriptionFigures } from './operator-rules';

const NOW = new Date('2026-11-21T12:00:00Z');
const at = (iso: string) => new Date(iso);

/** A practice on Starter with no subscription, changed by `overrides`. */
const practice = (overrides: Partial<SubscriptionFigures> = {}): SubscriptionFigures => ({
  plan: 'STARTER',
  status: 'NONE',
  mrrCents: 0,
  suspended: false,
  startedAt: null,
  canceledAt: null,
  trialEnd: null,
  ...overrides,
});
const solo = (overrides: Partial<SubscriptionFigures> = {}) => practice({ plan: 'SOLO', status: 'ACTIVE', mrrCents: 4_900, startedAt: at('2026-03-10T09:00:00Z'), ...overrides });

describe('who is paying', () => {
  it.each([
    ['ACTIVE', 4_900, true],
    ['PAST_DUE', 4_900, true],
    ['ACTIVE', 0, false],
    ['TRIALING', 0, false],
    ['UNPAID', 0, false],
    ['CANCELED', 0, false],
  ] as const)('%s with %i cents: %s', (status, mrrCents, paying) => {
    expect(isPaying(practice({ plan: 'SOLO', status, mrrCents }))).toBe(paying);
  });

  it('at an instant: begun before it, not ended by it, past its trial', () => {
    const row = solo({ startedAt: at('2026-03-01T00:00:00Z'), trialEnd: at('2026-03-15T00:00:00Z'), canceledAt: at('2026-06-01T00:00:00Z'), status: 'CANCELED', mrrCents: 0 });
    expect(payingAt(row, at('2026-02-28T00:00:00Z'))).toBe(false);
    expect(payingAt(row, at('2026-03-10T00:00:00Z'))).toBe(false);
    expect(payingAt(row, at('2026-04-01T00:00:00Z'))).toBe(true);
    expect(payingAt(row, at('2026-06-01T00:00:00Z'))).toBe(false);
  });
});

describe('MRR history', () => {
  it('has the last twelve months, oldest first, each named by its first day', () => {
    const months = mrrHistory([], NOW).map((m) => m.month);
    expect(months).toEqual([
      '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01',
      '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01',
    ]);
  });

  it('counts a subscription from the month it began until the month it ended, at its plan price once ended', () => {
    const rows = [
      solo({ startedAt: at('2026-03-10T09:00:00Z') }),
      practice({ plan: 'PRACTICE', status: 'CANCELED', mrrCents: 0, startedAt: at('2026-05-02T00:00:00Z'), canceledAt: at('2026-08-20T00:00:00Z') }),
      practice({ plan: 'TEAM', status: 'TRIALING', mrrCents: 0, startedAt: at('2026-11-10T00:00:00Z'), trialEnd: at('2026-11-24T00:00:00Z') }),
      practice(),
    ];
    const byMonth = Object.fromEntries(mrrHistory(rows, NOW).map((m) => [m.month, [m.mrrCents, m.payingPractices]]));
    expect(byMonth['2026-02-01']).toEqual([0, 0]);
    expect(byMonth['2026-03-01']).toEqual([4_900, 1]);
    expect(byMonth['2026-04-01']).toEqual([4_900, 1]);
    expect(byMonth['2026-05-01']).toEqual([4_900 + 12_900, 2]);
    expect(byMonth['2026-07-01']).toEqual([4_900 + 12_900, 2]);
    // Ended in August: gone at August's end.
    expect(byMonth['2026-08-01']).toEqual([4_900, 1]);
    // The trial pays nothing yet.
    expect(byMonth['2026-11-01']).toEqual([4_900, 1]);
  });

  it('reads the current month now, so a subscription ended earlier today is gone and one begun today counts', () => {
    const rows = [
      solo({ canceledAt: at('2026-11-21T08:00:00Z'), status: 'CANCELED', mrrCents: 0 }),
      practice({ plan: 'PRACTICE', status: 'ACTIVE', mrrCents: 12_900, startedAt: at('2026-11-21T11:00:00Z') }),
    ];
    expect(mrrHistory(rows, NOW).at(-1)).toEqual({ month: '2026-11-01', mrrCents: 12_900, payingPractices: 1 });
  });

  it('uses the month boundaries in UTC', () => {
    const rows = [solo({ startedAt: at('2026-10-31T23:30:00Z') })];
    const history = mrrHistory(rows, NOW);
    expect(history.find((m) => m.month === '2026-10-01')!.mrrCents).toBe(4_900);
    expect(history.find((m) => m.month === '2026-09-01')!.mrrCents).toBe(0);
  });
});

describe('platform totals', () => {
  it('adds up MRR now and counts practices by standing', () => {
    const rows = [
      solo(),
      solo({ status: 'PAST_DUE' }),
      practice({ plan: 'PRACTICE', status: 'TRIALING', startedAt: at('2026-11-15T00:00:00Z'), trialEnd: at('2026-11-29T00:00:00Z') }),
      practice({ suspended: true }),
      solo({ suspended: true, mrrCents: 4_900 }),
      practice({ plan: 'SOLO', status: 'UNPAID', startedAt: at('2026-01-01T00:00:00Z') }),
    ];
    const totals = platformTotals(rows, NOW, 30);
    expect(totals).toMatchObject({ mrrCents: 3 * 4_900, activePractices: 4, payingPractices: 3, trialingPractices: 1, suspendedPractices: 2, periodDays: 30 });
    expect(totals.mrrHistory).toHaveLength(12);
  });

  it('counts churn within the period against those paying at its start', () => {
    const rows = [
      solo(),
      solo(),
      solo(),
      solo({ status: 'CANCELED', mrrCents: 0, canceledAt: at('2026-11-01T00:00:00Z') }),
      // Ended before the period: neither churned in it nor paying at its start.
      solo({ status: 'CANCELED', mrrCents: 0, canceledAt: at('2026-09-01T00:00:00Z') }),
      // A trial abandoned inside the period never paid: not churn.
      practice({ plan: 'SOLO', status: 'CANCELED', startedAt: at('2026-11-02T00:00:00Z'), trialEnd: at('2026-11-16T00:00:00Z'), canceledAt: at('2026-11-10T00:00:00Z') }),
    ];
    const totals = platformTotals(rows, NOW, 30);
    expect(totals.churnedPractices).toBe(1);
    expect(totals.churnRate).toBeCloseTo(1 / 4);
    // Over a year the September one is churn too, but nobody was paying a year ago (all began in March): no rate.
    expect(platformTotals(rows, NOW, 365)).toMatchObject({ churnedPractices: 2, churnRate: 0 });
  });

  it('answers a churn rate of 0 when nobody was paying at the start, and never above 1', () => {
    expect(platformTotals([], NOW, 30).churnRate).toBe(0);
    const rows = [
      solo({ startedAt: at('2026-01-01T00:00:00Z'), status: 'CANCELED', mrrCents: 0, canceledAt: at('2026-11-01T00:00:00Z') }),
      solo({ startedAt: at('2026-10-25T00:00:00Z'), status: 'CANCELED', mrrCents: 0, canceledAt: at('2026-11-05T00:00:00Z') }),
    ];
    expect(platformTotals(rows, NOW, 30)).toMatchObject({ churnedPractices: 2, churnRate: 1 });
  });
});

describe('the period', () => {
  it.each([1, 30, 90, 365, 3650])('accepts %i days', (days) => expect(periodProblem(days)).toBeUndefined());
  it.each([0, -5, 3651, 1.5])('refuses %d days', (days) => expect(periodProblem(days)).toBe('must be between 1 and 3650 days'));
});
