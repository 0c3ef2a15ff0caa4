/**
 * Categories and tags are free text ("Leading teams", "Délégation"); their pages live at a slug of the name
 * ("leading-teams", "delegation"): accents folded, anything else between words a hyphen. The same rule runs in
 * TypeScript (links) and in SQL (filters), so a link always finds its articles.
 */
export function taxonomySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** {@link taxonomySlug} of a text column or expression, in PostgreSQL. */
export function taxonomySlugSql(expression: string): string {
  return `trim(both '-' from regexp_replace(lower(regexp_replace(normalize(${expression}, NFKD), '[\\u0300-\\u036f]', '', 'g')), '[^a-z0-9]+', '-', 'g'))`;
}

export interface TaxonomyEntry {
  name: string;
  slug: string;
  count: number;
}

/**
 * Names with their article counts, merged by slug ("Leadership" and "leadership " are one page), each under the
 * name most articles use; names without a slug (no letter or digit to keep) have no page and are left out.
 */
export function mergeBySlug(counts: readonly { name: string; count: number }[]): TaxonomyEntry[] {
  const bySlug = new Map<string, { names: Map<string, number>; count: number }>();
  for (const { name, count } of counts) {
    const slug = taxonomySlug(name);
    if (!slug) continue;
    const entry = bySlug.get(slug) ?? { names: new Map<string, number>(), count: 0 };
    entry.names.set(name, (entry.names.get(name) ?? 0) + count);
    entry.count += count;
    bySlug.set(slug, entry);
  }
  return [...bySlug.entries()]
    .map(([slug, { names, count }]) => ({ name: [...names.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0], slug, count }))
    .sort((x, y) => x.name.localeCompare(y.name, 'en'));
}
