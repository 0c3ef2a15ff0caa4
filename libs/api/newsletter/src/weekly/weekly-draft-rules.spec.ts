import { composeWeeklyDraft, isDraftHour, localDay, weekOf } from './weekly-draft-rules';

const ARTICLE = { title: 'The [hidden] cost of fixing', description: 'Why the fixer stays stuck.', url: 'https://app.example/p/north/articles/hidden-cost' };
const MASTERCLASS = { title: 'From fixer to leader', startsAt: new Date('2026-03-19T18:00:00Z'), url: 'https://app.example/p/north/masterclasses/fixer-to-leader' };

describe('the week in a practice zone', () => {
  it('finds the local weekday and the Monday of the week across the date line', () => {
    // Sunday 22:30 UTC is already Monday in Auckland and still Sunday in London.
    const at = new Date('2026-03-15T22:30:00Z');
    expect(localDay(at, 'Europe/London')).toEqual({ date: '2026-03-15', weekday: 7, hour: 22 });
    expect(localDay(at, 'Pacific/Auckland')).toEqual({ date: '2026-03-16', weekday: 1, hour: 11 });
    expect(weekOf(at, 'Europe/London')).toBe('2026-03-09');
    expect(weekOf(at, 'Pacific/Auckland')).toBe('2026-03-16');
    expect(weekOf(new Date('2026-01-01T12:00:00Z'), 'Europe/London')).toBe('2025-12-29');
  });

  it('drafts once, in the sixth hour of the chosen day in the practice zone', () => {
    // Thursday 19 March 2026, 06:30 in London; 02:30 in New York.
    const at = new Date('2026-03-19T06:30:00Z');
    expect(isDraftHour(at, 'Europe/London', 4)).toBe(true);
    expect(isDraftHour(at, 'Europe/London', 5)).toBe(false);
    expect(isDraftHour(at, 'America/New_York', 4)).toBe(false);
    expect(isDraftHour(new Date('2026-03-19T10:30:00Z'), 'America/New_York', 4)).toBe(true);
  });
});

describe('the weekly insights draft', () => {
  const base = { practiceName: 'North Coaching', timeZone: 'Europe/London', weekOf: '2026-03-16' };

  it('leads with the first article, links each, lists masterclasses with their local time and a tagged registration link', () => {
    const draft = composeWeeklyDraft({ ...base, articles: [ARTICLE, { ...ARTICLE, title: 'Second', description: '' }], masterclasses: [MASTERCLASS] })!;
    expect(draft.subject).toBe('This week at North Coaching: The [hidden] cost of fixing');
    expect(draft.preheader).toBe('2 new articles and 1 masterclass coming up');
    expect(draft.body).toContain('**[The \\[hidden\\] cost of fixing](https://app.example/p/north/articles/hidden-cost)**  \nWhy the fixer stays stuck.');
    expect(draft.body).toContain('**[Second](https://app.example/p/north/articles/hidden-cost)**\n');
    expect(draft.body).toContain('Thursday 19 March at 18:00 GMT');
    expect(draft.body).toContain('(https://app.example/p/north/masterclasses/fixer-to-leader?ref=newsletter&issue=2026-03-16)');
    expect(draft.body.startsWith('_A note from you:')).toBe(true);
  });

  it('leads with a masterclass when nothing was published, and makes no draft when there is nothing to say', () => {
    const draft = composeWeeklyDraft({ ...base, timeZone: 'America/New_York', articles: [], masterclasses: [MASTERCLASS] })!;
    expect(draft.subject).toBe('This week at North Coaching: From fixer to leader');
    expect(draft.body).not.toContain('New this week');
    expect(draft.body).toContain('Thursday 19 March at 14:00 GMT-4');
    expect(composeWeeklyDraft({ ...base, articles: [], masterclasses: [] })).toBeNull();
  });
});
