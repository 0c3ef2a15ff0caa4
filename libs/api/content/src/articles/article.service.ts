import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, FieldProblem, InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { ARTICLE_COLUMNS, ARTICLE_JOINS, articleFromRow, ArticleRow } from '../shared/article-rows';
import { ArticleFields, ArticleStore } from '../shared/article-store';
import { freeSlug, normaliseCategory, normaliseTags, pubDateProblem, slugFromTitle } from './article-rules';
import { Article, ArticleFilter, ArticleInput, UpdateArticleInput } from './article.models';

export const articleNotFound = (field = 'id') =>
  new DomainError('NOT_FOUND', 'No such article in this practice', [{ field, message: 'is not an article of this practice' }]);

const slugTaken = (slug: string) =>
  new DomainError('BAD_USER_INPUT', `Another article already has the address "${slug}"`, [{ field: 'input.slug', message: 'is already used by another article' }]);

// A status is the draft flag and the date against the database's now, as the public view decides it.
const STATUS_CONDITION = {
  DRAFT: 'a.draft',
  SCHEDULED: 'not a.draft and a.pub_date > now()',
  PUBLISHED: 'not a.draft and a.pub_date <= now()',
} as const;

/** The practice's articles as its team writes them: drafts, dates that publish on their own, slugs unique per practice. */
@Injectable()
export class ArticleService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly store: ArticleStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Newest date first, narrowed by status, category, tag and words of the title or description. */
  async list(filter: ArticleFilter = {}): Promise<Article[]> {
    const conditions = ['a.tenant_id = $1'];
    const parameters: unknown[] = [this.context.practiceId];
    const add = (condition: string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition.replaceAll('?', `$${parameters.length}`));
    };
    if (filter.status) conditions.push(STATUS_CONDITION[filter.status]);
    if (filter.category) add('lower(a.category) = lower(?)', filter.category.trim());
    if (filter.tag) add('exists (select 1 from unnest(a.tags) tag where lower(tag) = lower(?))', filter.tag.trim());
    if (filter.search?.trim()) add(`(a.title ilike ? or a.description ilike ?)`, `%${escapeLike(filter.search.trim())}%`);
    const sql = `select ${ARTICLE_COLUMNS} from article a ${ARTICLE_JOINS} where ${conditions.join(' and ')} order by a.pub_date desc, a.created_at desc limit 1000`;
    const rows: ArticleRow[] = await this.db.manager.query(sql, parameters);
    const now = new Date();
    return rows.map((row) => articleFromRow(row, this.config.publicUrl, now));
  }

  async get(id: string, field = 'id'): Promise<Article> {
    const rows: ArticleRow[] = await this.db.manager.query(`select ${ARTICLE_COLUMNS} from article a ${ARTICLE_JOINS} where a.tenant_id = $1 and a.id = $2`, [
      this.context.practiceId,
      id,
    ]);
    if (!rows[0]) throw articleNotFound(field);
    return articleFromRow(rows[0], this.config.publicUrl, new Date());
  }

  /** The categories in use, for the editor's suggestions. */
  async categories(): Promise<string[]> {
    const rows: { category: string }[] = await this.db.manager.query(
      `select min(category) as category from article where tenant_id = $1 and category <> '' group by lower(category) order by 1`,
      [this.context.practiceId],
    );
    return rows.map((row) => row.category);
  }

  /** A new article by the person writing it; without a slug, one from the title, numbered when taken. */
  async create(input: ArticleInput): Promise<Article> {
    const fields = this.checked(input, input.slug ?? '', input.pubDate ?? new Date());
    if (input.slug) {
      const id = await this.store.insert(fields);
      if (!id) throw slugTaken(input.slug);
      return this.get(id);
    }
    // Another article of the same title may be created at the same moment: the unique key decides, and the loser
    // takes the next number.
    const base = slugFromTitle(input.title);
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = await this.store.insert({ ...fields, slug: freeSlug(base, await this.store.slugsLike(base)) });
      if (id) return this.get(id);
    }
    throw new DomainError('CONFLICT', 'Too many articles of this title are being created at once: try again');
  }

  async update(input: UpdateArticleInput): Promise<Article> {
    const rows: { slug: string; pub_date: Date }[] = await this.db.manager.query(`select slug, pub_date from article where tenant_id = $1 and id = $2 for update`, [
      this.context.practiceId,
      input.id,
    ]);
    if (!rows[0]) throw articleNotFound('input.id');
    const fields = this.checked(input, input.slug ?? rows[0].slug, input.pubDate ?? rows[0].pub_date);
    if (!(await this.store.update(input.id, fields))) throw slugTaken(fields.slug);
    return this.get(input.id);
  }

  async remove(id: string): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, count].
    const [rows]: [unknown[], number] = await this.db.manager.query(`delete from article where tenant_id = $1 and id = $2 returning id`, [this.context.practiceId, id]);
    if (!rows.length) throw articleNotFound();
    return true;
  }

  private checked(input: ArticleInput, slug: string, pubDate: Date): ArticleFields {
    const problems: FieldProblem[] = [];
    const { category, problems: categoryProblems } = normaliseCategory(input.category, 'input.category');
    const { tags, problems: tagProblems } = normaliseTags(input.tags, 'input.tags');
    problems.push(...categoryProblems, ...tagProblems);
    const dateProblem = pubDateProblem(pubDate);
    if (dateProblem) problems.push({ field: 'input.pubDate', message: dateProblem });
    if (problems.length) throw new InvalidInputError(problems);
    return { slug, title: input.title, description: input.description, body: input.body, pubDate, category, tags, draft: input.draft, promo: input.promo };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
