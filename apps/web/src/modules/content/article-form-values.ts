import type { ArticleInput } from '@ascend/web/data-access';
import { slugOf } from '../site/site-paths';
import type { CoachArticle } from './use-articles';

/** The editor as typed; the publication date on this device's clocks (a datetime-local value). */
export interface ArticleFormValues {
  title: string;
  slug: string;
  description: string;
  body: string;
  pubDate: string;
  category: string;
  tags: string[];
  draft: boolean;
  promo: boolean;
}

export type ArticleField = keyof ArticleFormValues;
export type ArticleProblems = Partial<Record<ArticleField, string>>;

/** The database's limits, checked while typing so the person learns of them before saving. */
export const articleLimits = { title: 200, slug: 100, description: 500, body: 200_000, category: 60, tags: 20 } as const;

export const fieldsByApiName = {
  'input.title': 'title',
  'input.slug': 'slug',
  'input.description': 'description',
  'input.body': 'body',
  'input.pubDate': 'pubDate',
  'input.category': 'category',
  'input.tags': 'tags',
  'input.draft': 'draft',
  'input.promo': 'promo',
} as const satisfies Record<string, ArticleField>;

/** "2026-11-22T09:30": an instant as a datetime-local input shows it, on this device's clocks. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function newArticleValues(now = new Date()): ArticleFormValues {
  return { title: '', slug: '', description: '', body: '', pubDate: localDateTime(now.toISOString()), category: '', tags: [], draft: true, promo: false };
}

export function valuesOf(article: CoachArticle): ArticleFormValues {
  return {
    title: article.title,
    slug: article.slug,
    description: article.description,
    body: article.body,
    pubDate: localDateTime(article.pubDate),
    category: article.category,
    tags: [...article.tags],
    draft: article.draft,
    promo: article.promo,
  };
}

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What is wrong with the values that the browser can tell without asking the API. */
export function articleProblems(values: ArticleFormValues): ArticleProblems {
  const problems: ArticleProblems = {};
  const tooLong = (field: 'title' | 'slug' | 'description' | 'body' | 'category', what: string) => {
    const length = values[field].trim().length;
    if (length > articleLimits[field]) problems[field] = `${what} is ${length.toLocaleString()} characters long: the limit is ${articleLimits[field].toLocaleString()}`;
  };
  if (!values.title.trim()) problems.title = 'Enter a title';
  tooLong('title', 'The title');
  const slug = values.slug.trim();
  if (slug && !SLUG_FORMAT.test(slug)) problems.slug = 'Use lower-case letters, digits and single hyphens, e.g. the-workhorse-trap';
  tooLong('slug', 'The address');
  tooLong('description', 'The description');
  tooLong('body', 'The article');
  tooLong('category', 'The category');
  if (values.tags.length > articleLimits.tags) problems.tags = `${values.tags.length} tags: keep at most ${articleLimits.tags}`;
  if (values.pubDate && Number.isNaN(Date.parse(values.pubDate))) problems.pubDate = 'Enter a date and a time';
  return problems;
}

/** The API's input; an empty address is left for the API to make from the title. */
export function inputOf(values: ArticleFormValues): ArticleInput {
  const slug = values.slug.trim();
  return {
    title: values.title.trim(),
    ...(slug ? { slug } : {}),
    description: values.description.trim(),
    body: values.body,
    pubDate: values.pubDate ? new Date(values.pubDate).toISOString() : null,
    category: values.category.trim(),
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    draft: values.draft,
    promo: values.promo,
  };
}

/** The address follows the title until the person types an address of their own. */
export function withTitle(values: ArticleFormValues, title: string, slugEdited: boolean): ArticleFormValues {
  return { ...values, title, slug: slugEdited ? values.slug : slugOf(title) };
}
