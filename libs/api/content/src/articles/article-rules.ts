import type { FieldProblem } from '@ascend/platform/graphql';

export type ArticleStatus = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';

export const SLUG_MAX = 100;
export const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 500;
export const BODY_MAX = 200_000;
export const CATEGORY_MAX = 60;
export const TAGS_MAX = 20;
export const TAG_MAX = 40;

/** "Délégation : ce que vous gardez" → "delegation-ce-que-vous-gardez": accents folded, at most 100 characters. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** The slug with a number added, for a second article of the same title: "title-2", still at most 100 characters. */
export function numberedSlug(slug: string, n: number): string {
  const suffix = `-${n}`;
  return `${slug.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The first of base, base-2, base-3… that is not taken. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = numberedSlug(base, n);
  return slug;
}

/** The years a publishing date may fall in: anything else is a typing slip (or an attack), never a real article. */
export const PUB_YEARS = { first: 1900, last: 9999 } as const;

/** Why a publishing date cannot be used, or undefined when it can. */
export function pubDateProblem(pubDate: Date): string | undefined {
  if (Number.isNaN(pubDate.getTime())) return 'must be a date and time';
  const year = pubDate.getUTCFullYear();
  return year < PUB_YEARS.first || year > PUB_YEARS.last ? `must be between the years ${PUB_YEARS.first} and ${PUB_YEARS.last}` : undefined;
}

/** A draft is never public; otherwise the date decides, so a future date publishes on its own. */
export function articleStatus(draft: boolean, pubDate: Date, now: Date): ArticleStatus {
  if (draft) return 'DRAFT';
  return pubDate.getTime() > now.getTime() ? 'SCHEDULED' : 'PUBLISHED';
}

/**
 * Tags as a reader sees them: trimmed, empty ones dropped, the same tag in another case kept once (as first
 * written). Too many, or one too long, is a problem on `field` rather than a silent cut.
 */
export function normaliseTags(tags: readonly string[], field = 'tags'): { tags: string[]; problems: FieldProblem[] } {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  const problems: FieldProblem[] = [];
  if (kept.length > TAGS_MAX) problems.push({ field, message: `must be at most ${TAGS_MAX} tags` });
  const long = kept.find((tag) => tag.length > TAG_MAX);
  if (long) problems.push({ field, message: `each tag must be at most ${TAG_MAX} characters ("${long.slice(0, 20)}…" is longer)` });
  return { tags: kept, problems };
}

/** The category trimmed; longer than 60 characters is a problem on `field`. */
export function normaliseCategory(category: string, field = 'category'): { category: string; problems: FieldProblem[] } {
  const trimmed = category.trim().replace(/\s+/g, ' ');
  return { category: trimmed, problems: trimmed.length > CATEGORY_MAX ? [{ field, message: `must be at most ${CATEGORY_MAX} characters` }] : [] };
}

/** Where an article lives on the practice's public site. */
export function articleUrl(publicUrl: string, practiceSlug: string, slug: string): string {
  return `${publicUrl}/p/${practiceSlug}/articles/${slug}`;
}
