import type { FieldProblem } from '@ascend/platform/graphql';

export const OFFERING_BILLINGS = ['ONE_TIME', 'MONTHLY'] as const;
export type OfferingBilling = (typeof OFFERING_BILLINGS)[number];

export const MIN_PRICE_CENTS = 50;
export const MAX_PRICE_CENTS = 10_000_000;
export const MAX_MONTHS = 36;
export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 5000;
export const MAX_SLUG = 80;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CURRENCY = /^[a-z]{3}$/;

/** What a package may be changed to; absent fields are left as they are. */
export interface OfferingFields {
  title?: string;
  slug?: string;
  description?: string;
  priceCents?: number;
  currency?: string;
  months?: number;
}

/**
 * Every problem with a package's fields, named by field (`input.priceCents`). Stripe's smallest charge is 50 cents
 * (or its equivalent), the largest a package may ask is 100,000.00, and a package runs 1 to 36 months.
 */
export function offeringProblems(fields: OfferingFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field: `input.${field}`, message });
  if (fields.title !== undefined) {
    if (!fields.title.trim()) problem('title', 'must not be blank');
    else if (fields.title.trim().length > MAX_TITLE) problem('title', `must be at most ${MAX_TITLE} characters`);
  }
  if (fields.slug !== undefined && !isOfferingSlug(fields.slug)) {
    problem('slug', `must be lower-case letters and digits in words joined by single hyphens, at most ${MAX_SLUG} characters`);
  }
  if (fields.description !== undefined && fields.description.length > MAX_DESCRIPTION) problem('description', `must be at most ${MAX_DESCRIPTION} characters`);
  if (fields.priceCents !== undefined && (fields.priceCents < MIN_PRICE_CENTS || fields.priceCents > MAX_PRICE_CENTS)) {
    problem('priceCents', `must be between ${MIN_PRICE_CENTS} and ${MAX_PRICE_CENTS} cents`);
  }
  if (fields.currency !== undefined && !CURRENCY.test(normaliseCurrency(fields.currency))) problem('currency', 'must be a three-letter ISO 4217 code such as usd or eur');
  if (fields.months !== undefined && (fields.months < 1 || fields.months > MAX_MONTHS)) problem('months', `must be between 1 and ${MAX_MONTHS}`);
  return problems;
}

export function isOfferingSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG && SLUG.test(slug);
}

/** Stripe writes currencies in lower case; so does Ascend, whatever was typed. */
export function normaliseCurrency(currency: string): string {
  return currency.trim().toLowerCase();
}

/** A slug made from a title: accents dropped, words of letters and digits joined by hyphens ("package" if none are left). */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    // Room is kept for the "-2" that tells two packages of the same title apart.
    if (next.length > MAX_SLUG - 4) {
      slug ||= word.slice(0, MAX_SLUG - 4);
      break;
    }
    slug = next;
  }
  return slug || 'package';
}

/** The first of `base`, `base-2`, `base-3`… that the practice has not used, given the slugs it has that start so. */
export function firstFreeSlug(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
