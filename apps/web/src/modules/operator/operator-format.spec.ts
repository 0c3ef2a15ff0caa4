import { describeOperatorAction, formatMonth, formatMonthName, formatRate, formatRevenue, matchesSearch, reasonOf } from './operator-format';
import { mrrInWords } from './mrr-chart';

describe('operator console formats', () => {
  it('shows revenue in dollars, cents only when there are some', () => {
    expect(formatRevenue(1_290_000, 'en-US')).toBe('$12,900');
    expect(formatRevenue(4_950, 'en-US')).toBe('$49.50');
    expect(formatRevenue(0, 'en-US')).toBe('$0');
  });

  it('shows a rate as a percentage with at most one decimal', () => {
    expect(formatRate(0.125, 'en-US')).toBe('12.5%');
    expect(formatRate(0, 'en-US')).toBe('0%');
    expect(formatRate(1 / 3, 'en-US')).toBe('33.3%');
  });

  it('names months in UTC, whatever the reader’s zone', () => {
    expect(formatMonth('2026-11-01', 'en-US')).toBe('Nov 2026');
    expect(formatMonthName('2025-12-01', 'en-US')).toBe('Dec');
  });

  it('matches a search on the name or the address, ignoring case and spaces around it', () => {
    const practice = { name: 'Harbour Coaching', slug: 'harbour-leadership' };
    expect(matchesSearch(practice, '')).toBe(true);
    expect(matchesSearch(practice, '  HARBOUR ')).toBe(true);
    expect(matchesSearch(practice, 'leadership')).toBe(true);
    expect(matchesSearch(practice, 'ridgeline')).toBe(false);
  });

  it('describes audit actions and finds the reason in their detail', () => {
    expect(describeOperatorAction('PRACTICE_SUSPENDED')).toBe('Suspended');
    expect(describeOperatorAction('PLAN_CHANGED')).toBe('PLAN_CHANGED');
    expect(reasonOf('{"reason":"Chargebacks"}')).toBe('Chargebacks');
    expect(reasonOf('{}')).toBeUndefined();
    expect(reasonOf('not json')).toBeUndefined();
  });

  it('puts the chart into words for screen readers', () => {
    expect(
      mrrInWords([
        { month: '2026-10-01', mrrCents: 0 },
        { month: '2026-11-01', mrrCents: 245_000 },
      ]),
    ).toMatch(/^Monthly recurring revenue over the last 2 months: Oct 2026 \$0, Nov 2026 \$2,450$/);
  });
});
