import matter from 'gray-matter';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { FieldProblem } from '@ascend/platform/graphql';
import { BODY_MAX, DESCRIPTION_MAX, normaliseCategory, normaliseTags, pubDateProblem, SLUG_FORMAT, SLUG_MAX, TITLE_MAX } from '../articles/article-rules';

/** What a file says about its article; a key the frontmatter leaves out stays undefined. */
export interface ArticleFileFields {
  title: string;
  body: string;
  slug?: string;
  description?: string;
  pubDate?: Date;
  category?: string;
  tags?: string[];
  draft?: boolean;
  promo?: boolean;
}

export interface ReadArticleFile {
  /** Present when the file has no problems. */
  fields?: ArticleFileFields;
  /** The file had no frontmatter: its title was guessed and it comes in as a draft for the coach to finish. */
  needsReview: boolean;
  problems: FieldProblem[];
}

const refuse = () => {
  throw new YAMLException('only YAML frontmatter is read');
};

// Options on every call: gray-matter caches by content only when called without them, and its default engines
// include one that evaluates `---js` frontmatter as JavaScript. The core schema keeps dates as the text written,
// so 2024-02-30 is caught here rather than quietly becoming the first of March.
const MATTER_OPTIONS = {
  engines: {
    yaml: (text: string) => load(text, { schema: CORE_SCHEMA }) as object,
    javascript: refuse,
    coffee: refuse,
    json: refuse,
  },
};

/** Reads one markdown (or plain text) file the way coaches keep their posts: YAML frontmatter, then the body. */
export function readArticleFile(raw: string): ReadArticleFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---(?!-)/.test(text)) return withoutFrontmatter(text);
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, MATTER_OPTIONS);
  } catch (error) {
    return { needsReview: false, problems: [yamlProblem(error)] };
  }
  const data: unknown = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { needsReview: false, problems: [{ field: 'frontmatter', message: 'must be a list of keys such as title: and tags:' }] };
  }
  return fromFrontmatter(data as Record<string, unknown>, file.content);
}

function fromFrontmatter(data: Record<string, unknown>, content: string): ReadArticleFile {
  const body = content.trim();
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => {
    problems.push({ field, message });
    return undefined;
  };
  const title = text(data.title, 'title', problem);
  if (data.title === undefined || data.title === null || title === '') problem('title', 'is required');
  else if (title && title.length > TITLE_MAX) problem('title', `must be at most ${TITLE_MAX} characters`);

  const slug = text(data.slug, 'slug', problem);
  if (slug !== undefined && (!SLUG_FORMAT.test(slug) || slug.length > SLUG_MAX)) problem('slug', `must be lower-case letters, digits and single hyphens, at most ${SLUG_MAX}`);
  const description = text(data.description, 'description', problem);
  if (description && description.length > DESCRIPTION_MAX) problem('description', `must be at most ${DESCRIPTION_MAX} characters`);
  if (body.length > BODY_MAX) problem('body', `must be at most ${BODY_MAX} characters`);

  const dateKey = data.pubDate !== undefined ? 'pubDate' : data.date !== undefined ? 'date' : undefined;
  const pubDate = dateKey ? frontmatterDate(data[dateKey], dateKey, problem) : undefined;

  let category = text(data.category, 'category', problem);
  if (category !== undefined) {
    const normalised = normaliseCategory(category);
    problems.push(...normalised.problems);
    category = normalised.category;
  }
  let tags = tagList(data.tags, problem);
  if (tags !== undefined) {
    const normalised = normaliseTags(tags);
    problems.push(...normalised.problems);
    tags = normalised.tags;
  }
  const draft = flag(data.draft, 'draft', problem);
  const promoKey = data.promo !== undefined ? 'promo' : data.ads !== undefined ? 'ads' : undefined;
  const promo = promoKey ? flag(data[promoKey], promoKey, problem) : undefined;

  if (problems.length || title === undefined) return { needsReview: false, problems };
  const fields: ArticleFileFields = { title, body, slug, description, pubDate, category, tags, draft, promo };
  return { needsReview: false, problems, fields: dropUndefined(fields) };
}

/**
 * A file without frontmatter: its first heading (or, without one, its first line) is the title and the rest the
 * body. It says nothing else, so the import brings it in as a draft for the coach to review.
 */
function withoutFrontmatter(text: string): ReadArticleFile {
  const lines = text.split('\n');
  let at = lines.findIndex((line) => /^ {0,3}#{1,6}\s+\S/.test(line));
  if (at < 0) at = lines.findIndex((line) => line.trim() !== '');
  if (at < 0) return { needsReview: true, problems: [{ field: 'file', message: 'is empty' }] };
  const title = lines[at].replace(/^ {0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').trim().slice(0, TITLE_MAX).trim();
  // The blank line that set the title apart goes with it.
  const rest = lines[at + 1]?.trim() === '' && (at === 0 || lines[at - 1].trim() === '') ? at + 2 : at + 1;
  const body = [...lines.slice(0, at), ...lines.slice(rest)].join('\n').trim();
  if (body.length > BODY_MAX) return { needsReview: true, problems: [{ field: 'body', message: `must be at most ${BODY_MAX} characters` }] };
  return { needsReview: true, problems: [], fields: { title, body } };
}

type Problem = (field: string, message: string) => undefined;

function text(value: unknown, field: string, problem: Problem): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return problem(field, 'must be text');
}

function flag(value: unknown, field: string, problem: Problem): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'boolean' ? value : problem(field, 'must be true or false');
}

function tagList(value: unknown, problem: Problem): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string' || typeof tag === 'number')) return value.map(String);
  return problem('tags', 'must be a list of words');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A frontmatter date: `2024-05-01` (midnight UTC) or an ISO date and time; 2024-02-30 is not a real date. */
export function frontmatterDate(value: unknown, field: string, problem: Problem): Date | undefined {
  const date = readFrontmatterDate(value, field, problem);
  const outOfRange = date && pubDateProblem(date);
  return outOfRange ? problem(field, outOfRange) : date;
}

function readFrontmatterDate(value: unknown, field: string, problem: Problem): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? problem(field, 'is not a real date') : value;
  if (typeof value !== 'string') return problem(field, 'must be a date such as 2024-05-01');
  const match = DATE.exec(value.trim());
  if (!match) return problem(field, 'must be a date such as 2024-05-01');
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return problem(field, 'is not a real date');
  }
  return new Date(local - zoneOffsetMinutes(match[8]) * 60_000);
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits[0] === '-' ? -minutes : minutes;
}

function yamlProblem(error: unknown): FieldProblem {
  if (error instanceof YAMLException || (error as { name?: string }).name === 'YAMLException') {
    const { reason, mark } = error as YAMLException & { reason?: string; mark?: { line: number; column: number } };
    // The frontmatter starts after the opening "---" line, which is the file's first line.
    return { field: 'frontmatter', message: `is not valid YAML${mark ? ` (line ${mark.line + 1})` : ''}: ${reason ?? (error as Error).message}` };
  }
  return { field: 'frontmatter', message: 'must be YAML between two --- lines' };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
