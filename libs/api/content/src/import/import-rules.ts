import type { FieldProblem } from '@ascend/platform/graphql';
import { slugFromTitle } from '../articles/article-rules';
import type { ArticleFields } from '../shared/article-store';
import { ArticleFileFields, readArticleFile } from './frontmatter-rules';

export const FILE_MAX_BYTES = 1024 * 1024;
export const FILES_MAX = 200;
const IMPORTABLE = /\.(md|markdown|txt)$/i;

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED';

export interface ImportFile {
  name: string;
  content: string;
  /** The file's size when known without its content (the command does not read a file that is too large). */
  bytes?: number;
}

/** One file read and checked on its own, before the database is asked anything. */
export interface PreparedFile {
  name: string;
  needsReview: boolean;
  problems: FieldProblem[];
  slug?: string;
  fields?: ArticleFileFields;
}

/** What importing a file does (or did) to the practice's articles. */
export interface PlannedFile extends PreparedFile {
  outcome: ImportOutcome;
  /** What the article holds after the import, for files that are not FAILED. */
  article?: ArticleFields;
  articleId?: string;
}

export function prepareFile({ name, content, bytes }: ImportFile): PreparedFile {
  const problems: FieldProblem[] = [];
  if (!name.trim() || name.length > 255) problems.push({ field: 'name', message: 'must be 1-255 characters' });
  else if (!IMPORTABLE.test(name)) problems.push({ field: 'file', message: 'must be a .md, .markdown or .txt file' });
  if ((bytes ?? Buffer.byteLength(content, 'utf8')) > FILE_MAX_BYTES) problems.push({ field: 'file', message: 'is larger than 1 MB' });
  if (problems.length) return { name, needsReview: false, problems };
  const read = readArticleFile(content);
  if (!read.fields) return { name, needsReview: read.needsReview, problems: read.problems };
  return { name, needsReview: read.needsReview, problems: [], fields: read.fields, slug: read.fields.slug ?? slugFromTitle(read.fields.title) };
}

/** Two files of one import that would write the same article: neither is imported, and each names the other. */
export function refuseDuplicateSlugs(files: PreparedFile[]): PreparedFile[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) if (file.slug) bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file.name]);
  return files.map((file) => {
    const names = file.slug ? bySlug.get(file.slug)! : [];
    if (names.length < 2) return file;
    const others = names.filter((name, i) => name !== file.name || names.indexOf(name) !== i);
    return { ...file, problems: [{ field: 'slug', message: `duplicate slug in this import: "${file.slug}" is also the slug of ${others.join(', ')}` }] };
  });
}

/**
 * What a checked file does to the article of its slug: creates it, or changes what the file says differently, or
 * nothing. A key the file leaves out keeps the article's value (defaults for a new one: published now, or a draft
 * when the file had no frontmatter), so importing the same folder twice changes nothing.
 */
export function planFile(file: PreparedFile, existing: { id: string; article: ArticleFields } | undefined, now: Date): PlannedFile {
  if (file.problems.length || !file.fields || !file.slug) return { ...file, outcome: 'FAILED' };
  const { fields } = file;
  const base: ArticleFields = existing?.article ?? {
    slug: file.slug,
    title: fields.title,
    description: '',
    body: '',
    pubDate: now,
    category: '',
    tags: [],
    draft: file.needsReview,
    promo: false,
  };
  const article: ArticleFields = {
    slug: file.slug,
    title: fields.title,
    body: fields.body,
    description: fields.description ?? base.description,
    pubDate: fields.pubDate ?? base.pubDate,
    category: fields.category ?? base.category,
    tags: fields.tags ?? base.tags,
    draft: fields.draft ?? base.draft,
    promo: fields.promo ?? base.promo,
  };
  if (!existing) return { ...file, outcome: 'CREATED', article };
  return { ...file, outcome: sameArticle(existing.article, article) ? 'UNCHANGED' : 'UPDATED', article, articleId: existing.id };
}

export function sameArticle(a: ArticleFields, b: ArticleFields): boolean {
  return (
    a.slug === b.slug &&
    a.title === b.title &&
    a.description === b.description &&
    a.body === b.body &&
    a.pubDate.getTime() === b.pubDate.getTime() &&
    a.category === b.category &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.draft === b.draft &&
    a.promo === b.promo
  );
}
