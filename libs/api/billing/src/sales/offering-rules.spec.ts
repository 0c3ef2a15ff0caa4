import { firstFreeSlug, isOfferingSlug, normaliseCurrency, offeringProblems, slugFromTitle } from './offering-rules';

describe('a package slug made from its title', () => {
  it.each([
    ['12-Month Leadership Accelerator', '12-month-leadership-accelerator'],
    ['  Café Coaching: Élan & Focus! ', 'cafe-coaching-elan-focus'],
    ['Executive   presence -- 1:1', 'executive-presence-1-1'],
    ['???', 'package'],
  ])('%j becomes %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(isOfferingSlug(slugFromTitle(title))).toBe(true);
  });

  it('keeps whole words and room for a number when the title is long', () => {
    const slug = slugFromTitle('A very long package title about '.repeat(6));
    expect(slug.length).toBeLessThanOrEqual(76);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugFromTitle('x'.repeat(200))).toBe('x'.repeat(76));
  });

  it('takes the first free number when the slug is taken', () => {
    expect(firstFreeSlug('accelerator', [])).toBe('accelerator');
    expect(firstFreeSlug('accelerator', ['accelerator'])).toBe('accelerator-2');
    expect(firstFreeSlug('accelerator', ['accelerator', 'accelerator-2', 'accelerator-4'])).toBe('accelerator-3');
  });
});

describe('a package slug given by hand', () => {
  it.each(['ok', 'a-b-c', '90-day-reset'])('%s is accepted', (slug) => expect(isOfferingSlug(slug)).toBe(true));
  it.each(['', 'Upper', 'two--hyphens', '-leading', 'trailing-', 'with space', 'ü', 'x'.repeat(81)])('%j is refused', (slug) => expect(isOfferingSlug(slug)).toBe(false));
});

describe('package fields', () => {
  const valid = { title: 'Leadership accelerator', description: 'Twelve months of **coaching**.', priceCents: 480000, currency: 'usd', months: 12 };

  it('accepts a valid package, and fields left out', () => {
    expect(offeringProblems(valid)).toEqual([]);
    expect(offeringProblems({})).toEqual([]);
  });

  it.each([
    [{ priceCents: 49 }, 'input.priceCents'],
    [{ priceCents: 10_000_001 }, 'input.priceCents'],
    [{ months: 0 }, 'input.months'],
    [{ months: 37 }, 'input.months'],
    [{ currency: 'dollars' }, 'input.currency'],
    [{ currency: 'u1d' }, 'input.currency'],
    [{ title: '   ' }, 'input.title'],
    [{ title: 'x'.repeat(121) }, 'input.title'],
    [{ description: 'x'.repeat(5001) }, 'input.description'],
    [{ slug: 'Not A Slug' }, 'input.slug'],
  ])('%j is refused by its field', (change, field) => {
    expect(offeringProblems({ ...valid, ...change }).map((p) => p.field)).toEqual([field]);
  });

  it('accepts the bounds themselves', () => {
    expect(offeringProblems({ ...valid, priceCents: 50, months: 1 })).toEqual([]);
    expect(offeringProblems({ ...valid, priceCents: 10_000_000, months: 36 })).toEqual([]);
  });

  it('names every problem at once', () => {
    expect(offeringProblems({ title: '', priceCents: 0, currency: 'x', months: 99 }).map((p) => p.field)).toEqual([
      'input.title',
      'input.priceCents',
      'input.currency',
      'input.months',
    ]);
  });

  it('writes currencies in lower case, as Stripe does', () => {
    expect(normaliseCurrency(' EUR ')).toBe('eur');
    expect(offeringProblems({ currency: 'GBP' })).toEqual([]);
  });
});
