import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;

function isolate(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
    // The public views read as the owner, whom forced row level security binds too.
    `create policy ${table}_owner_reads on ${table} for select to current_user using (true)`,
  ];
}

const PROFILE_COLUMNS = 'id, slug, name, tagline, coach_name, coach_bio, time_zone';

/**
 * A practice's publishing: its public profile grows what a site needs (photo, call to action, social links), articles
 * are markdown with the frontmatter fields coaches keep, and videos are links to a provider. Public pages read through
 * views that hold only what anyone may see: an article is public once it is not a draft and its date has come, so a
 * future date publishes on its own with nothing scheduled.
 */
export class Content1765000000000 implements MigrationInterface {
  name = 'Content1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `alter table practice
         add column photo_url text not null default '' constraint practice_photo_url_length check (length(photo_url) <= 2000),
         add column cta_text text not null default '' constraint practice_cta_text_length check (length(cta_text) <= 200),
         add column cta_url text not null default '' constraint practice_cta_url_length check (length(cta_url) <= 2000),
         add column social_links jsonb not null default '[]'
           constraint practice_social_links_list check (jsonb_typeof(social_links) = 'array' and jsonb_array_length(social_links) <= 10)`,
      `create or replace view practice_profile with (security_barrier) as
         select ${PROFILE_COLUMNS}, photo_url, cta_text, cta_url, social_links from practice`,

      `create table article (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        slug text not null constraint article_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
        title text not null constraint article_title_length check (length(title) between 1 and 200),
        description text not null default '' constraint article_description_length check (length(description) <= 500),
        body text not null default '' constraint article_body_length check (length(body) <= 200000),
        pub_date timestamptz not null,
        category text not null default '' constraint article_category_length check (length(category) <= 60),
        tags text[] not null default '{}' constraint article_tags_count check (cardinality(tags) <= 20),
        draft boolean not null default true,
        promo boolean not null default false,
        author_user_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint article_slug_unique unique (tenant_id, slug),
        constraint article_author_is_member foreign key (tenant_id, author_user_id)
          references membership (tenant_id, user_id) on delete set null (author_user_id)
      )`,
      `create index article_published on article (tenant_id, pub_date desc) where not draft`,
      `create index article_tags on article using gin (tags)`,
      ...isolate('article'),
      `create view public_article with (security_barrier) as
         select a.tenant_id, a.id, a.slug, a.title, a.description, a.body, a.pub_date, a.category, a.tags, a.promo, a.updated_at,
                coalesce(u.name, '') as author_name
           from article a
           left join app_user u on u.id = a.author_user_id
          where not a.draft and a.pub_date <= now()`,

      `create table video (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        title text not null constraint video_title_length check (length(title) between 1 and 200),
        description text not null default '' constraint video_description_length check (length(description) <= 5000),
        provider text not null constraint video_provider check (provider in ('YOUTUBE', 'VIMEO')),
        provider_video_id text not null constraint video_provider_video_id check (provider_video_id ~ '^[A-Za-z0-9_-]{1,64}$'),
        visibility text not null default 'PUBLIC' constraint video_visibility check (visibility in ('PUBLIC', 'MEMBERS')),
        published_at timestamptz not null default now(),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index video_by_date on video (tenant_id, published_at desc)`,
      ...isolate('video'),
      `create view public_video with (security_barrier) as
         select tenant_id, id, title, description, provider, provider_video_id, published_at from video where visibility = 'PUBLIC'`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop view public_video');
    await queryRunner.query('drop view public_article');
    await queryRunner.query('drop table video');
    await queryRunner.query('drop table article');
    await queryRunner.query('drop view practice_profile');
    await queryRunner.query(`create view practice_profile with (security_barrier) as select ${PROFILE_COLUMNS} from practice`);
    await queryRunner.query('alter table practice drop column photo_url, drop column cta_text, drop column cta_url, drop column social_links');
  }
}
