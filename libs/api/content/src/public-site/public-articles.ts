import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { ArticleCategory, PublicArticle, PublicArticlePage } from './public-article.models';
import { articleFromRows, articleListFromRows, articleListQuery, articleQuery, SiteArticle, SiteQuery } from './site-queries';
import { sitePaths } from './site-html';
import { mergeBySlug, taxonomySlug } from './taxonomy';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const unknownPractice = () =>
  new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'practiceSlug', message: 'is not the address of a practice' }]);

/** A filter by category or tag: its slug, whether the caller sent the slug or the name. */
const slugFilter = (value: string | null | undefined) => (value ? taxonomySlug(value) || '-' : null);

/**
 * The public site's reads for the web app: what anyone may see of a practice's articles. Each is one statement
 * of the operation's transaction over the public views, the practice named by its slug.
 */
@Injectable()
export class PublicArticles {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(practiceSlug: string, filter: { category?: string | null; tag?: string | null; limit: number; offset: number }): Promise<PublicArticlePage> {
    const query = articleListQuery(this.practiceSlug(practiceSlug), { ...filter, category: slugFilter(filter.category), tag: slugFilter(filter.tag), withBody: true });
    const read = articleListFromRows(await this.query(query));
    if (!read) throw unknownPractice();
    return { total: read.total, articles: read.articles.map((article) => this.publicArticle(practiceSlug, article)) };
  }

  /** Null when the practice has no public article at this address: a draft, a future one and an unknown one alike. */
  async one(practiceSlug: string, slug: string): Promise<PublicArticle | null> {
    const read = articleFromRows(await this.query(articleQuery(this.practiceSlug(practiceSlug), slug, { withMasterclasses: false })), new Date());
    if (!read) throw unknownPractice();
    return read.article && this.publicArticle(practiceSlug, read.article);
  }

  async categories(practiceSlug: string): Promise<ArticleCategory[]> {
    const read = articleListFromRows(await this.query(articleListQuery(this.practiceSlug(practiceSlug), { limit: 0, offset: 0, withCategories: true })));
    if (!read) throw unknownPractice();
    return mergeBySlug(read.categories);
  }

  private practiceSlug(slug: string): string {
    if (!SLUG.test(slug)) throw unknownPractice();
    return slug;
  }

  private query<T>(query: SiteQuery): Promise<T> {
    return this.db.manager.query(query.sql, query.parameters);
  }

  private publicArticle(practiceSlug: string, article: SiteArticle): PublicArticle {
    const { updatedAt: _updatedAt, ...fields } = article;
    return { ...fields, url: this.config.publicUrl + sitePaths(practiceSlug).article(article.slug) };
  }
}
