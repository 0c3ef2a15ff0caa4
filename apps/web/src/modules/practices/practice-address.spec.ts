import { isPracticeAddress, practiceAddressRule, suggestSlug, tidySlugInput } from './practice-address';

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

describe('isPracticeAddress', () => {
  it.each(['ridgeline', 'abc', 'north-star-2', 'x'.repeat(63)])('accepts %p', (slug) => {
    expect(isPracticeAddress(slug)).toBe(true);
  });

  it.each(['ridge_line', 'Ridgeline', 'ab', 'x'.repeat(64), '-ridge', 'ridge-', 'ridge--line', 'ridge line', ''])('refuses %p', (slug) => {
    expect(isPracticeAddress(slug)).toBe(false);
  });
});

describe('practiceAddressRule', () => {
  it('says which part of the rule an address breaks, and nothing of an empty or good one', () => {
    expect(practiceAddressRule('')).toBeUndefined();
    expect(practiceAddressRule('ridgeline')).toBeUndefined();
    expect(practiceAddressRule('ri')).toBe('The address needs at least 3 characters (it has 2)');
    expect(practiceAddressRule('x'.repeat(64))).toBe('The address can be at most 63 characters (it has 64)');
    expect(practiceAddressRule('ridge_line')).toBe('Use only lower-case letters, digits and single hyphens, with no hyphen at the start or end');
  });
});
