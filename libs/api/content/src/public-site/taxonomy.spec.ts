import { mergeBySlug, taxonomySlug } from './taxonomy';

describe('category and tag slugs', () => {
  it.each([
    ['Leading teams', 'leading-teams'],
    ['Délégation : ce que vous gardez', 'delegation-ce-que-vous-gardez'],
    ['  Decision-making  ', 'decision-making'],
    ['C++ & Rust', 'c-rust'],
    ['Führung', 'fuhrung'],
    ['İstanbul', 'istanbul'],
    ['2026', '2026'],
    ['日本語', ''],
  ])('%s -> %s', (name, slug) => {
    expect(taxonomySlug(name)).toBe(slug);
  });
});

describe('merging names by slug', () => {
  it('keeps one entry per slug under the name most used, sorted by name, without names that have no slug', () => {
    expect(
      mergeBySlug([
        { name: 'leadership', count: 1 },
        { name: 'Leadership', count: 3 },
        { name: 'Delegation', count: 2 },
        { name: '***', count: 4 },
      ]),
    ).toEqual([
      { name: 'Delegation', slug: 'delegation', count: 2 },
      { name: 'Leadership', slug: 'leadership', count: 4 },
    ]);
  });
});
