/**
 * The address form of a title, category or tag: lower-case words joined by hyphens, accents dropped ("Décider vite"
 * → "decider-vite"), as the API makes article slugs and the category and tag parts of public addresses.
 */
export function slugOf(text: string, maxLength = 100): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

export const sitePaths = {
  articles: (practiceSlug: string) => `/p/${practiceSlug}/articles`,
  article: (practiceSlug: string, articleSlug: string) => `/p/${practiceSlug}/articles/${articleSlug}`,
  category: (practiceSlug: string, category: string) => `/p/${practiceSlug}/articles/category/${slugOf(category)}`,
  tag: (practiceSlug: string, tag: string) => `/p/${practiceSlug}/articles/tag/${slugOf(tag)}`,
  videos: (practiceSlug: string) => `/p/${practiceSlug}/videos`,
  feed: (practiceSlug: string) => `/p/${practiceSlug}/feed.xml`,
};
