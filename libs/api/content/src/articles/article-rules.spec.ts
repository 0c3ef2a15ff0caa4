import { articleStatus, freeSlug, normaliseCategory, normaliseTags, numberedSlug, pubDateProblem, slugFromTitle } from './article-rules';

describe('article rules', () => {
  it('makes a slug from the title: accents folded, lower case, hyphens, at most 100 characters', () => {
    expect(slugFromTitle('Délégation : ce que vous gardez (et pourquoi)')).toBe('delegation-ce-que-vous-gardez-et-pourquoi');
    expect(slugFromTitle('  Why Fixers Stall -- One Level Up!  ')).toBe('why-fixers-stall-one-level-up');
    expect(slugFromTitle('!!!')).toBe('article');
    const long = slugFromTitle(`${'delegate '.repeat(30)}now`);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('numbers a taken slug, staying within 100 characters', () => {
    expect(freeSlug('leading', new Set())).toBe('leading');
    expect(freeSlug('leading', new Set(['leading', 'leading-2']))).toBe('leading-3');
    const base = 'a'.repeat(100);
    expect(numberedSlug(base, 12)).toBe(`${'a'.repeat(97)}-12`);
  });

  it('is a draft, scheduled or published by the draft flag and the date against now', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(articleStatus(true, new Date('2020-01-01'), now)).toBe('DRAFT');
    expect(articleStatus(false, new Date('2026-03-01T12:00:01Z'), now)).toBe('SCHEDULED');
    expect(articleStatus(false, now, now)).toBe('PUBLISHED');
  });

  it('normalises tags: trimmed, deduplicated without regard to case, empty dropped', () => {
    expect(normaliseTags([' Delegation ', 'delegation', '', 'Strategic  thinking', 'DELEGATION'])).toEqual({ tags: ['Delegation', 'Strategic thinking'], problems: [] });
  });

  it('refuses more than 20 tags or a tag longer than 40 characters, naming the field', () => {
    const many = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
    expect(normaliseTags(many, 'input.tags').problems).toEqual([{ field: 'input.tags', message: 'must be at most 20 tags' }]);
    expect(normaliseTags(['x'.repeat(41)]).problems[0]).toMatchObject({ field: 'tags', message: expect.stringMatching(/^each tag must be at most 40 characters/) });
    expect(normaliseTags(['x'.repeat(40)]).problems).toEqual([]);
  });

  it('keeps a category of at most 60 characters', () => {
    expect(normaliseCategory('  Leadership ')).toEqual({ category: 'Leadership', problems: [] });
    expect(normaliseCategory('c'.repeat(61), 'input.category').problems).toEqual([{ field: 'input.category', message: 'must be at most 60 characters' }]);
  });

  it('takes publishing dates from 1900 to 9999 only (a date PostgreSQL could not store is refused, not an error)', () => {
    expect(pubDateProblem(new Date('2026-05-01T08:00:00Z'))).toBeUndefined();
    expect(pubDateProblem(new Date('1900-01-01T00:00:00Z'))).toBeUndefined();
    expect(pubDateProblem(new Date('-004713-11-23T23:59:59.999Z'))).toBe('must be between the years 1900 and 9999');
    expect(pubDateProblem(new Date('+010000-01-01T00:00:00Z'))).toBe('must be between the years 1900 and 9999');
    expect(pubDateProblem(new Date('not a date'))).toBe('must be a date and time');
  });
});
