import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import type { RenderedPage } from '@ascend/events';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { articlePageHtml } from './article-page-html';
import { articleListHtml, ArticleListKind } from './article-list-html';
import { articleFromRows, articleListFromRows, articleListQuery, articleQuery } from './site-queries';
import { mergeBySlug, taxonomySlug } from './taxonomy';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isSlug = (value: string | undefined, max: number): value is string => value !== undefined && value.length <= max && SLUG.test(value);

/** Cards a list page shows before the web app takes over (and pages further). */
export const LIST_PAGE_SIZE = 20;

/**
 * An article page as HTML from the server: crawlers and link previews run no JavaScript. One statement outside
 * any transaction (the practice, the article and the next masterclasses, all from public views); a draft, a
 * future article or an unknown address is undefined, which the web app serves as its 404.
 */
@Injectable()
export class ArticlePage {
  readonly path = '/p/:practiceSlug/articles/:articleSlug';

  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(params: Record<string, string>): Promise<RenderedPage | undefined> {
    const { practiceSlug, articleSlug } = params;
    if (!isSlug(practiceSlug, 63) || !isSlug(articleSlug, 100)) return undefined;
    const query = articleQuery(practiceSlug, articleSlug, { withMasterclasses: true });
    const read = articleFromRows(await this.db.autocommit(query.sql, query.parameters), new Date());
    if (!read?.article) return undefined;
    return { status: 200, ...articlePageHtml({ ...read, article: read.article, publicUrl: this.config.publicUrl }) };
  }
}

/** What the three list pages share: one statement for the cards, their total and the practice's categories. */
@Injectable()
export class ArticleLists {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(practiceSlug: string | undefined, filter: { category?: string; tag?: string }): Promise<RenderedPage | undefined> {
    if (!isSlug(practiceSlug, 63)) return undefined;
    if ((filter.category !== undefined && !isSlug(filter.category, 100)) || (filter.tag !== undefined && !isSlug(filter.tag, 100))) return undefined;
    const query = articleListQuery(practiceSlug, { ...filter, limit: LIST_PAGE_SIZE, offset: 0, withCategories: true });
    const read = articleListFromRows(await this.db.autocommit(query.sql, query.parameters));
    if (!read) return undefined;
    const categories = mergeBySlug(read.categories);
    const list = listKind(filter, categories, read.articles.flatMap((a) => a.tags));
    // A category or tag with no public article has no page (an empty page would be a soft 404 to a crawler).
    if (!list || (list.kind !== 'all' && read.total === 0)) return undefined;
    return { status: 200, ...articleListHtml({ ...read, categories, list, publicUrl: this.config.publicUrl }) };
  }
}

function listKind(filter: { category?: string; tag?: string }, categories: { name: string; slug: string }[], tags: string[]): ArticleListKind | undefined {
  if (filter.category !== undefined) {
    const found = categories.find((c) => c.slug === filter.category);
    return found && { kind: 'category', name: found.name, slug: found.slug };
  }
  if (filter.tag !== undefined) {
    const name = tags.find((tag) => taxonomySlug(tag) === filter.tag);
    return name === undefined ? undefined : { kind: 'tag', name, slug: filter.tag };
  }
  return { kind: 'all' };
}

@Injectable()
export class ArticleListPage {
  readonly path = '/p/:practiceSlug/articles';
  constructor(private readonly lists: ArticleLists) {}
  render(params: Record<string, string>): Promise<RenderedPage | undefined> {
    return this.lists.render(params.practiceSlug, {});
  }
}

@Injectable()
export class ArticleCategoryPage {
  readonly path = '/p/:practiceSlug/articles/category/:category';
  constructor(private readonly lists: ArticleLists) {}
  render(params: Record<string, string>): Promise<RenderedPage | undefined> {
    return this.lists.render(params.practiceSlug, { category: params.category ?? '' });
  }
}

@Injectable()
export class ArticleTagPage {
  readonly path = '/p/:practiceSlug/articles/tag/:tag';
  constructor(private readonly lists: ArticleLists) {}
  render(params: Record<string, string>): Promise<RenderedPage | undefined> {
    return this.lists.render(params.practiceSlug, { tag: params.tag ?? '' });
  }
}
