import type { FieldRule } from '@ascend/web/ui';

const MIN_SLUG_LENGTH = 3;
const MAX_SLUG_LENGTH = 63;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The API's rule for practice addresses, shown wherever one is chosen. */
export const PRACTICE_ADDRESS_RULE = '3 to 63 lower-case letters, digits and single hyphens.';

/**
 * A practice address suggested from its name, in the form the API accepts: lower-case letters and digits in
 * words joined by single hyphens, at most 63 characters. "Brightwater Coaching & Co." → "brightwater-coaching-co".
 */
export function suggestSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > MAX_SLUG_LENGTH) break;
    slug = longer;
  }
  return slug || (words[0] ?? '').slice(0, MAX_SLUG_LENGTH);
}

/** What people type into the address field, eased towards the accepted form without fighting them. */
export function tidySlugInput(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '-');
}

/** Whether a practice could have this address (the API's rule): one that cannot is not worth asking the API about. */
export function isPracticeAddress(slug: string): boolean {
  return slug.length >= MIN_SLUG_LENGTH && slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}

/** The address rule as the person types, saying which part of it is broken. */
export const practiceAddressRule: FieldRule = (slug) => {
  if (!slug || isPracticeAddress(slug)) return undefined;
  if (slug.length < MIN_SLUG_LENGTH) return `The address needs at least ${MIN_SLUG_LENGTH} characters (it has ${slug.length})`;
  if (slug.length > MAX_SLUG_LENGTH) return `The address can be at most ${MAX_SLUG_LENGTH} characters (it has ${slug.length})`;
  return 'Use only lower-case letters, digits and single hyphens, with no hyphen at the start or end';
};
