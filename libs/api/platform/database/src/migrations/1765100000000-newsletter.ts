import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;

function isolate(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
  ];
}

const EMAIL_CHECK = (column: string) => `${column} = lower(${column}) and ${column} like '%_@_%' and length(${column}) <= 254`;

export const NEWSLETTER_FUNCTIONS = {
  weeklyPractices: 'app_newsletter_practices()',
  issuesInFlight: 'app_newsletter_issues_in_flight()',
  markUndeliverable: 'app_mark_undeliverable(text, text, uuid, timestamptz)',
};

/**
 * The newsletter. A subscriber is mailed only once they confirmed (double opt-in) or were imported with a recorded
 * consent, and never again once they left, bounced or complained. Each issue's `delivery` rows are the exactly-once
 * ledger: one row per (issue, subscriber), written when the issue starts sending, so nobody is added twice or left
 * out, and a row is marked sent in the same commit that releases its message. Three SECURITY DEFINER functions reach
 * across practices, each for one job: which practices get a weekly draft, which issues are mid-send (to resume after
 * a crash), and a bounce or complaint reported for an address.
 */
export class Newsletter1765100000000 implements MigrationInterface {
  name = 'Newsletter1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table newsletter_settings (
        tenant_id uuid primary key references practice (id) on delete cascade,
        -- ISO weekday (1 Monday .. 7 Sunday), in the practice's time zone, on which the weekly insights draft is made.
        weekly_weekday int not null default 4 constraint newsletter_settings_weekday check (weekly_weekday between 1 and 7),
        weekly_enabled boolean not null default true,
        updated_at timestamptz not null default now()
      )`,
      ...isolate('newsletter_settings'),

      `create table subscriber (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        email text not null constraint subscriber_email_format check (${EMAIL_CHECK('email')}),
        name text not null default '' constraint subscriber_name_length check (length(name) <= 120),
        status text not null default 'PENDING'
          constraint subscriber_status check (status in ('PENDING', 'SUBSCRIBED', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED')),
        -- How they came: the signup form, an import, a masterclass registration, the team.
        source text not null default 'SIGNUP_FORM' constraint subscriber_source check (source in ('SIGNUP_FORM', 'IMPORT', 'MASTERCLASS', 'TEAM')),
        -- The consent record: when, from where, the exact wording shown, and the page or file it came through.
        consent_at timestamptz,
        consent_ip text constraint subscriber_consent_ip_length check (length(consent_ip) <= 64),
        consent_text text constraint subscriber_consent_text_length check (length(consent_text) <= 2000),
        consent_source text constraint subscriber_consent_source_length check (length(consent_source) <= 500),
        confirmation_sent_at timestamptz,
        confirmed_at timestamptz,
        unsubscribed_at timestamptz,
        bounced_at timestamptz,
        complained_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint subscriber_one_per_email unique (tenant_id, email),
        constraint subscriber_subscribed_with_consent check (status <> 'SUBSCRIBED' or consent_at is not null)
      )`,
      `create index subscriber_by_status on subscriber (tenant_id, status, created_at desc)`,
      `create index subscriber_by_email on subscriber (email)`,
      ...isolate('subscriber'),

      // A CSV import runs as a job; its row keeps the progress the page shows and each failed row's reason.
      `create table subscriber_import (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        file_name text not null default '' constraint subscriber_import_file_name_length check (length(file_name) <= 255),
        csv text not null constraint subscriber_import_csv_size check (length(csv) <= 10485760),
        status text not null default 'QUEUED' constraint subscriber_import_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        total int not null default 0,
        processed int not null default 0,
        created int not null default 0,
        updated int not null default 0,
        skipped int not null default 0,
        failed int not null default 0,
        errors jsonb not null default '[]',
        created_by uuid,
        created_at timestamptz not null default now(),
        finished_at timestamptz,
        primary key (tenant_id, id)
      )`,
      ...isolate('subscriber_import'),

      `create table newsletter_issue (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        subject text not null constraint newsletter_issue_subject_length check (length(subject) between 1 and 200),
        preheader text not null default '' constraint newsletter_issue_preheader_length check (length(preheader) <= 200),
        body text not null default '' constraint newsletter_issue_body_length check (length(body) <= 100000),
        kind text not null default 'MANUAL' constraint newsletter_issue_kind check (kind in ('MANUAL', 'WEEKLY')),
        -- The Monday of the week a weekly insights draft covers.
        week_of date,
        status text not null default 'DRAFT' constraint newsletter_issue_status check (status in ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT')),
        scheduled_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        recipients int not null default 0,
        sent_count int not null default 0,
        failed_count int not null default 0,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint newsletter_issue_weekly_week check ((kind = 'WEEKLY') = (week_of is not null)),
        constraint newsletter_issue_scheduled_at check (status <> 'SCHEDULED' or scheduled_at is not null)
      )`,
      `create unique index newsletter_issue_one_weekly on newsletter_issue (tenant_id, week_of) where kind = 'WEEKLY'`,
      `create index newsletter_issue_by_date on newsletter_issue (tenant_id, created_at desc)`,
      ...isolate('newsletter_issue'),

      // The exactly-once ledger: its primary key admits one row per issue and subscriber.
      `create table delivery (
        tenant_id uuid not null references practice (id) on delete cascade,
        issue_id uuid not null,
        subscriber_id uuid not null,
        status text not null default 'PENDING' constraint delivery_status check (status in ('PENDING', 'SENT', 'FAILED')),
        sent_at timestamptz,
        error text constraint delivery_error_length check (length(error) <= 1000),
        bounced_at timestamptz,
        complained_at timestamptz,
        unsubscribed_at timestamptz,
        primary key (tenant_id, issue_id, subscriber_id),
        foreign key (tenant_id, issue_id) references newsletter_issue (tenant_id, id) on delete cascade,
        foreign key (tenant_id, subscriber_id) references subscriber (tenant_id, id) on delete cascade
      )`,
      `create index delivery_pending on delivery (tenant_id, issue_id) where status = 'PENDING'`,
      `create index delivery_of_subscriber on delivery (tenant_id, subscriber_id)`,
      ...isolate('delivery'),

      // The three functions below run as the owner, whom forced row level security binds too: it reads (and, for
      // bounces, marks) every practice's rows through these policies, which name the owner only.
      `create policy newsletter_settings_owner_reads on newsletter_settings for select to current_user using (true)`,
      `create policy newsletter_issue_owner_reads on newsletter_issue for select to current_user using (true)`,
      `create policy subscriber_owner_reads on subscriber for select to current_user using (true)`,
      `create policy subscriber_owner_marks on subscriber for update to current_user using (true) with check (true)`,
      `create policy delivery_owner_reads on delivery for select to current_user using (true)`,
      `create policy delivery_owner_marks on delivery for update to current_user using (true) with check (true)`,

      `create function public.app_newsletter_practices()
       returns table (practice_id uuid, time_zone text, weekly_weekday int)
       language sql stable security definer set search_path = pg_catalog, pg_temp
       as $$
         select p.id, p.time_zone, coalesce(s.weekly_weekday, 4)
           from public.practice p left join public.newsletter_settings s on s.tenant_id = p.id
          where coalesce(s.weekly_enabled, true)
       $$`,
      // last_progress: a live sender touches its issue every round, so an old one means nobody is sending it.
      `create function public.app_newsletter_issues_in_flight()
       returns table (practice_id uuid, issue_id uuid, last_progress timestamptz)
       language sql stable security definer set search_path = pg_catalog, pg_temp
       as $$ select tenant_id, id, updated_at from public.newsletter_issue where status = 'SENDING' $$`,
      // A hard bounce is about the address, so it holds in every practice; a complaint only where it names one.
      `create function public.app_mark_undeliverable(address text, kind text, practice uuid, at timestamptz)
       returns int
       language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
       as $$
       declare
         marked int;
       begin
         if kind not in ('BOUNCE', 'COMPLAINT') then
           raise exception 'kind must be BOUNCE or COMPLAINT' using errcode = '22023';
         end if;
         with hit as (
           update public.subscriber s
              set status = case kind when 'BOUNCE' then 'BOUNCED' else 'COMPLAINED' end,
                  bounced_at = case kind when 'BOUNCE' then at else s.bounced_at end,
                  complained_at = case kind when 'COMPLAINT' then at else s.complained_at end,
                  updated_at = at
            where s.email = lower(trim(address))
              and (practice is null or s.tenant_id = practice)
              and s.status not in ('BOUNCED', 'COMPLAINED')
           returning s.tenant_id, s.id
         ), latest as (
           select distinct on (d.tenant_id, d.subscriber_id) d.tenant_id, d.issue_id, d.subscriber_id
             from public.delivery d join hit on hit.tenant_id = d.tenant_id and hit.id = d.subscriber_id
            where d.status = 'SENT'
            order by d.tenant_id, d.subscriber_id, d.sent_at desc
         ), attributed as (
           update public.delivery d
              set bounced_at = case kind when 'BOUNCE' then at else d.bounced_at end,
                  complained_at = case kind when 'COMPLAINT' then at else d.complained_at end
             from latest
            where d.tenant_id = latest.tenant_id and d.issue_id = latest.issue_id and d.subscriber_id = latest.subscriber_id
           returning 1
         )
         select count(*) into marked from hit;
         return marked;
       end
       $$`,
      ...Object.values(NEWSLETTER_FUNCTIONS).map((fn) => `revoke execute on function public.${fn} from public`),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of Object.values(NEWSLETTER_FUNCTIONS)) await queryRunner.query(`drop function public.${fn}`);
    for (const table of ['delivery', 'newsletter_issue', 'subscriber_import', 'subscriber', 'newsletter_settings']) await queryRunner.query(`drop table ${table}`);
  }
}
