import { PUBLIC_MASTERCLASS_COLUMNS, PUBLIC_MASTERCLASS_FROM, publicMasterclassFromRow } from '@ascend/events';
import { taxonomySlugSql } from './taxonomy';

/**
 * The public site's reads, each ONE statement over the public views (never a draft, never before its date): the
 * practice comes from its slug in the same statement, so an unknown practice is simply no row. Lists come back as
 * JSON so that a page, its total and its categories are one round trip.
 */

export interface SiteQuery {
  sql: string;
  parameters: unknown[];
}

/** What every public page shows of the practice (the practice_profile view, alias `site`). */
export interface SitePractice {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  coachName: string;
  coachBio: string;
  timeZone: string;
  photoUrl: string;
  ctaText: string;
  ctaUrl: string;
  socialLinks: { label: string; url: string }[];
}

const SITE_COLUMNS = `site.id as site_id, site.slug as site_slug, site.name as site_name, site.tagline as site_tagline,
  site.coach_name as site_coach_name, site.coach_bio as site_coach_bio, site.time_zone as site_time_zone,
  site.photo_url as site_photo_url, site.cta_text as site_cta_text, site.cta_url as site_cta_url, site.social_links as site_social_links`;

interface SiteRow {
  site_id: string;
  site_slug: string;
  site_name: string;
  site_tagline: string;
  site_coach_name: string;
  site_coach_bio: string;
  site_time_zone: string;
  site_photo_url: string;
  site_cta_text: string;
  site_cta_url: string;
  site_social_links: { label: string; url: string }[];
}

function practiceOf(row: SiteRow): SitePractice {
  return {
    id: row.site_id,
    slug: row.site_slug,
    name: row.site_name,
    tagline: row.site_tagline,
    coachName: row.site_coach_name,
    coachBio: row.site_coach_bio,
    timeZone: row.site_time_zone,
    photoUrl: row.site_photo_url,
    ctaText: row.site_cta_text,
    ctaUrl: row.site_cta_url,
    socialLinks: row.site_social_links,
  };
}

/** A public article's fields; `body` only where it is rendered (an article page, the feed, bodyHtml). */
export interface SiteArticle {
  slug: string;
  title: string;
  description: string;
  body: string;
  pubDate: Date;
  updatedAt: Date;
  category: string;
  tags: string[];
  promo: boolean;
  authorName: string;
}

const articleJson = (withBody: boolean) =>
  `json_build_object('slug', a.slug, 'title', a.title, 'description', a.description, 'body', ${withBody ? 'a.body' : `''`},
     'pubDate', a.pub_date, 'updatedAt', a.updated_at, 'category', a.category, 'tags', a.tags, 'promo', a.promo, 'authorName', a.author_name)`;

type ArticleJson = Omit<SiteArticle, 'pubDate' | 'updatedAt'> & { pubDate: string; updatedAt: string };

const articleFromJson = (json: ArticleJson): SiteArticle => ({ ...json, pubDate: new Date(json.pubDate), updatedAt: new Date(json.updatedAt) });

/** Filters by the slugs of a category and a tag (see taxonomy.ts); null is no filter. */
export interface ArticleListFilter {
  category?: string | null;
  tag?: string | null;
  limit: number;
  offset: number;
  withBody?: boolean;
  withCategories?: boolean;
}

export interface ArticleList {
  practice: SitePractice;
  articles: SiteArticle[];
  total: number;
  /** Category names in use with their counts (unmerged), when asked for. */
  categories: { name: string; count: number }[];
}

export function articleListQuery(practiceSlug: string, filter: ArticleListFilter): SiteQuery {
  const categories = filter.withCategories
    ? `coalesce((select json_agg(json_build_object('name', c.category, 'count', c.n))
                   from (select category, count(*)::int as n from published where category <> '' group by category) c), '[]')`
    : `'[]'::json`;
  return {
    sql: `with site as (select * from practice_profile where slug = $1),
          published as (select a.* from public_article a join site on a.tenant_id = site.id),
          matching as (
            select * from published a
             where ($2::text is null or ${taxonomySlugSql('a.category')} = $2)
               and ($3::text is null or exists (select 1 from unnest(a.tags) as tag where ${taxonomySlugSql('tag')} = $3))
          )
          select ${SITE_COLUMNS},
                 (select count(*)::int from matching) as total,
                 coalesce((select json_agg(page.article order by page.pub_date desc, page.slug)
                             from (select a.pub_date, a.slug, ${articleJson(filter.withBody ?? false)} as article
                                     from matching a order by a.pub_date desc, a.slug limit $4 offset $5) page), '[]') as articles,
                 ${categories} as categories
            from site`,
    parameters: [practiceSlug, filter.category ?? null, filter.tag ?? null, filter.limit, filter.offset],
  };
}

export function articleListFromRows(rows: (SiteRow & { total: number; articles: ArticleJson[]; categories: { name: string; count: number }[] })[]): ArticleList | undefined {
  const row = rows[0];
  if (!row) return undefined;
  return { practice: practiceOf(row), total: row.total, articles: row.articles.map(articleFromJson), categories: row.categories };
}

export type SiteMasterclass = ReturnType<typeof publicMasterclassFromRow>;

/** One article page: the practice (no row: unknown practice), the article (null: not public) and what the page lists beside it. */
export interface ArticleRead {
  practice: SitePractice;
  article: SiteArticle | null;
  upcomingMasterclasses: SiteMasterclass[];
}

/** How many upcoming masterclasses an article page invites to. */
export const UPCOMING_MASTERCLASSES = 3;

export function articleQuery(practiceSlug: string, articleSlug: string, { withMasterclasses }: { withMasterclasses: boolean }): SiteQuery {
  // The masterclasses' own statement, from events' public view, with the practice named by its slug in there too.
  const masterclasses = withMasterclasses
    ? `coalesce((select json_agg(m order by m.starts_at) from (
          select ${PUBLIC_MASTERCLASS_COLUMNS} from ${PUBLIC_MASTERCLASS_FROM}
           where p.slug = $1 and pm.status = 'PUBLISHED' and pm.starts_at > now()
           order by pm.starts_at limit ${UPCOMING_MASTERCLASSES}) m), '[]')`
    : `'[]'::json`;
  return {
    sql: `select ${SITE_COLUMNS}, case when a.slug is null then null else ${articleJson(true)} end as article, ${masterclasses} as masterclasses
            from practice_profile site
            left join public_article a on a.tenant_id = site.id and a.slug = $2
           where site.slug = $1`,
    parameters: [practiceSlug, articleSlug],
  };
}

type MasterclassJson = Omit<Parameters<typeof publicMasterclassFromRow>[0], 'starts_at' | 'registration_deadline'> & { starts_at: string; registration_deadline: string };

export function articleFromRows(rows: (SiteRow & { article: ArticleJson | null; masterclasses: MasterclassJson[] })[], now: Date): ArticleRead | undefined {
  const row = rows[0];
  if (!row) return undefined;
  return {
    practice: practiceOf(row),
    article: row.article ? articleFromJson(row.article) : null,
    upcomingMasterclasses: row.masterclasses.map((m) =>
      publicMasterclassFromRow({ ...m, starts_at: new Date(m.starts_at), registration_deadline: new Date(m.registration_deadline) }, now),
    ),
  };
}
