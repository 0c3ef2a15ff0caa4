import { suggestSlug, tidySlugInput } from './practice-address';

describe('suggestSlug', () => {
  it.each([
    ['Brightwater Coaching & Co.', 'brightwater-coaching-co'],
    ['  Ridgeline   Leadership  ', 'ridgeline-leadership'],
    ['Élan Coaching Zürich', 'elan-coaching-zurich'],
    ['--', ''],
  ])('turns %p into %p', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it('stays within 63 characters without cutting a word or leaving a hyphen', () => {
    const slug = suggestSlug('The Very Long Name Of A Coaching Practice That Keeps Going And Going Forever');
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(slug).toBe('the-very-long-name-of-a-coaching-practice-that-keeps-going-and');
  });

  it('cuts a single overlong word', () => {
    expect(suggestSlug('x'.repeat(80))).toBe('x'.repeat(63));
  });
});

describe('tidySlugInput', () => {
  it('lower-cases and turns spaces into hyphens', () => {
    expect(tidySlugInput('My Practice')).toBe('my-practice');
  });
});
