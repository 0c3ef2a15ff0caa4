import { dateRangeProblems, impactSummary, longDate, markdownText, summaryRangeProblems, type SummaryEntry } from './impact-summary-rules';

let sequence = 0;
const entry = (fields: Partial<SummaryEntry>): SummaryEntry => {
  sequence += 1;
  return {
    id: `entry-${String(sequence).padStart(3, '0')}`,
    whatIDid: `Work ${sequence}`,
    outcome: `Outcome ${sequence}`,
    outcomeKind: 'OTHER',
    beneficiary: '',
    significance: 3,
    occurredOn: '2026-03-10',
    ...fields,
  };
};

describe('the period of a summary', () => {
  it.each([
    ['2026-01-01', '2026-03-31', []],
    ['2026-03-31', '2026-03-31', []],
    ['2024-01-01', '2026-01-01', []],
    ['2026-02-30', '2026-03-31', [{ field: 'from', message: 'must be a date written YYYY-MM-DD' }]],
    ['2026-01-01', 'next week', [{ field: 'to', message: 'must be a date written YYYY-MM-DD' }]],
    ['2026-04-01', '2026-03-31', [{ field: 'to', message: 'must not be before the start of the period' }]],
    ['2024-01-01', '2026-01-02', [{ field: 'to', message: 'must be at most 731 days after the start (about two years)' }]],
  ])('from %s to %s', (from, to, problems) => {
    expect(summaryRangeProblems(from, to)).toEqual(problems);
  });

  it('leaves an open end of a listed period unbounded', () => {
    expect(dateRangeProblems(undefined, '2026-03-31')).toEqual([]);
    expect(dateRangeProblems('2020-01-01', undefined)).toEqual([]);
    expect(dateRangeProblems('2026-3-1', undefined)).toEqual([{ field: 'from', message: 'must be a date written YYYY-MM-DD' }]);
    expect(dateRangeProblems('2026-03-02', '2026-03-01')).toEqual([{ field: 'to', message: 'must not be before the start of the period' }]);
  });
});

describe('the one-page impact summary', () => {
  it('groups by outcome kind, the most significant group first, and within a group by significance then date', () => {
    const entries = [
      entry({ outcomeKind: 'TIME_SAVED', significance: 2, occurredOn: '2026-03-01' }),
      entry({ outcomeKind: 'RISK_AVOIDED', significance: 5, occurredOn: '2026-02-01' }),
      entry({ outcomeKind: 'TIME_SAVED', significance: 4, occurredOn: '2026-01-15' }),
      entry({ outcomeKind: 'TIME_SAVED', significance: 4, occurredOn: '2026-02-20' }),
      entry({ outcomeKind: 'MONEY_SAVED', significance: 1 }),
    ];
    const summary = impactSummary('Noor Haddad', '2026-01-01', '2026-03-31', entries);

    expect(summary.groups.map((g) => [g.heading, g.entries.map((e) => [e.significance, e.occurredOn])])).toEqual([
      ['Time saved', [[4, '2026-02-20'], [4, '2026-01-15'], [2, '2026-03-01']]],
      ['Risks avoided', [[5, '2026-02-01']]],
      ['Money saved', [[1, '2026-03-10']]],
    ]);
    expect(summary.entryCount).toBe(5);
    expect(summary.opening).toBe(
      'From 1 January 2026 to 31 March 2026, Noor Haddad delivered 5 outcomes with a clear business result, in 3 areas: time saved, risks avoided and money saved. The most significant come first.',
    );
  });

  it('breaks a tie of total significance by the single most significant entry, then by the count', () => {
    const byPeak = impactSummary('N', '2026-01-01', '2026-03-31', [
      entry({ outcomeKind: 'QUALITY', significance: 3 }),
      entry({ outcomeKind: 'QUALITY', significance: 3 }),
      entry({ outcomeKind: 'REVENUE', significance: 5 }),
      entry({ outcomeKind: 'REVENUE', significance: 1 }),
    ]);
    expect(byPeak.groups.map((g) => g.outcomeKind)).toEqual(['REVENUE', 'QUALITY']);

    const byCount = impactSummary('N', '2026-01-01', '2026-03-31', [
      entry({ outcomeKind: 'CAPABILITY', significance: 4 }),
      entry({ outcomeKind: 'CAPABILITY', significance: 2 }),
      entry({ outcomeKind: 'OTHER', significance: 4 }),
      entry({ outcomeKind: 'OTHER', significance: 1 }),
      entry({ outcomeKind: 'OTHER', significance: 1 }),
    ]);
    expect(byCount.groups.map((g) => g.outcomeKind)).toEqual(['OTHER', 'CAPABILITY']);
  });

  it('writes the same page as Markdown, outcome first, in words a manager reads', () => {
    const summary = impactSummary('Noor Haddad', '2026-01-01', '2026-03-31', [
      entry({ outcomeKind: 'RISK_AVOIDED', significance: 5, outcome: 'Avoided a 2-day outage', whatIDid: 'Caught the expiring certificate', beneficiary: 'Payments team', occurredOn: '2026-02-03' }),
      entry({ outcomeKind: 'TIME_SAVED', significance: 3, outcome: 'Saved 6 hours a week', whatIDid: 'Delegated the weekly report' }),
    ]);
    expect(summary.markdown).toBe(
      [
        '# Impact summary: Noor Haddad',
        '',
        '*1 January 2026 to 31 March 2026*',
        '',
        'From 1 January 2026 to 31 March 2026, Noor Haddad delivered 2 outcomes with a clear business result, in 2 areas: risks avoided and time saved. The most significant come first.',
        '',
        '## Risks avoided (1)',
        '',
        '- **Avoided a 2-day outage**',
        '  Caught the expiring certificate',
        '  *Exceptional · 3 February 2026 · for Payments team*',
        '',
        '## Time saved (1)',
        '',
        '- **Saved 6 hours a week**',
        '  Delegated the weekly report',
        '  *Notable · 10 March 2026*',
        '',
      ].join('\n'),
    );
  });

  it('says plainly when nothing was logged', () => {
    const summary = impactSummary('Noor Haddad', '2026-01-01', '2026-01-31', []);
    expect(summary).toMatchObject({ entryCount: 0, groups: [], opening: 'No outcomes were logged from 1 January 2026 to 31 January 2026.' });
    expect(summary.markdown).toContain('No outcomes were logged');
  });

  it("keeps the client's words as text inside Markdown", () => {
    expect(markdownText('**bold** _x_ [link](y) # not a heading\nsecond line')).toBe('\\*\\*bold\\*\\* \\_x\\_ \\[link\\](y) \\# not a heading second line');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('3. not numbered')).toBe('3\\. not numbered');
  });

  it('writes dates in words whatever the server locale', () => {
    expect(longDate('2026-11-02')).toBe('2 November 2026');
  });
});
