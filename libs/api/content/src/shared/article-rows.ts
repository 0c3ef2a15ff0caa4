import { articleStatus, articleUrl, ArticleStatus } from '../articles/article-rules';

/** The columns an article is read with (alias `a`), its author's name and its practice's address included. */
export const ARTICLE_COLUMNS = `
  a.id, a.slug, a.title, a.description, a.body, a.pub_date, a.category, a.tags, a.draft, a.promo, a.created_at, a.updated_at,
  coalesce(u.name, '') as author_name, p.slug as practice_slug`;

/** The joins that go with ARTICLE_COLUMNS. */
export const ARTICLE_JOINS = `left join app_user u on u.id = a.author_user_id join practice p on p.id = a.tenant_id`;

export interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  body: string;
  pub_date: Date;
  category: string;
  tags: string[];
  draft: boolean;
  promo: boolean;
  created_at: Date;
  updated_at: Date;
  author_name: string;
  practice_slug: string;
}

/** An article as the team sees it (the GraphQL Article's fields, bodyHtml aside, which is made when asked for). */
export interface ArticleView {
  id: string;
  slug: string;
  title: string;
  description: string;
  body: string;
  pubDate: Date;
  category: string;
  tags: string[];
  draft: boolean;
  promo: boolean;
  status: ArticleStatus;
  publicUrl: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export function articleFromRow(row: ArticleRow, publicUrl: string, now: Date): ArticleView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    body: row.body,
    pubDate: row.pub_date,
    category: row.category,
    tags: row.tags,
    draft: row.draft,
    promo: row.promo,
    status: articleStatus(row.draft, row.pub_date, now),
    publicUrl: articleUrl(publicUrl, row.practice_slug, row.slug),
    authorName: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
