import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { withSavepoint, isUniqueViolation } from './savepoint';

/** Every stored field of an article, validated and normalised already. */
export interface ArticleFields {
  slug: string;
  title: string;
  description: string;
  body: string;
  pubDate: Date;
  category: string;
  tags: string[];
  draft: boolean;
  promo: boolean;
}

/** The practice's article rows: writes shared by the editor and the import, the unique slug settled by the database. */
@Injectable()
export class ArticleStore {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  /** The new article's id, or null when the slug is taken (also by an insert that committed a moment ago). */
  async insert(fields: ArticleFields): Promise<string | null> {
    const rows: { id: string }[] = await this.db.manager.query(
      `insert into article (tenant_id, slug, title, description, body, pub_date, category, tags, draft, promo, author_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (tenant_id, slug) do nothing returning id`,
      [this.context.practiceId, ...this.values(fields), this.context.identity.userId ?? null],
    );
    return rows[0]?.id ?? null;
  }

  /** False when the new slug belongs to another article of the practice. */
  async update(id: string, fields: ArticleFields): Promise<boolean> {
    try {
      await withSavepoint(this.db.manager, () =>
        this.db.manager.query(
          `update article set slug = $3, title = $4, description = $5, body = $6, pub_date = $7, category = $8, tags = $9, draft = $10, promo = $11,
                  updated_at = now()
            where tenant_id = $1 and id = $2`,
          [this.context.practiceId, id, ...this.values(fields)],
        ),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error, 'article_slug_unique')) return false;
      throw error;
    }
  }

  /** Slugs of the practice's articles that are `base` or numbered from it. */
  async slugsLike(base: string): Promise<Set<string>> {
    const rows: { slug: string }[] = await this.db.manager.query(`select slug from article where tenant_id = $1 and (slug = $2 or slug like $2 || '-%')`, [
      this.context.practiceId,
      base,
    ]);
    return new Set(rows.map((row) => row.slug));
  }

  private values(fields: ArticleFields): unknown[] {
    return [fields.slug, fields.title, fields.description, fields.body, fields.pubDate, fields.category, fields.tags, fields.draft, fields.promo];
  }
}
