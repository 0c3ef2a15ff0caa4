import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;
const PERSON = `nullif(current_setting('app.user_id', true), '')::uuid`;

function isolate(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
  ];
}

const FEED_EVENTS = 'app_calendar_feed_events(text)';

/**
 * Masterclasses and their registrations. Seats are counted under a lock on the masterclass row (the service
 * locks it before counting), the database keeps one registration per address and masterclass, and the mail
 * ledger keeps every registrant's reminders to one each. Public pages read the columns anyone may see through
 * a view, as the practice's public profile does; a personal calendar feed reads across practices through one
 * SECURITY DEFINER function that answers only for the feed's own token.
 */
export class Masterclasses1764800000000 implements MigrationInterface {
  name = 'Masterclasses1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table masterclass (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        slug text not null constraint masterclass_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
        title text not null constraint masterclass_title_length check (length(title) between 1 and 160),
        description text not null default '' constraint masterclass_description_length check (length(description) <= 20000),
        starts_at timestamptz not null,
        duration_minutes int not null constraint masterclass_duration check (duration_minutes between 5 and 720),
        time_zone text not null,
        capacity int not null constraint masterclass_capacity check (capacity between 1 and 100000),
        price_cents int constraint masterclass_price check (price_cents > 0),
        currency text constraint masterclass_currency check (currency ~ '^[A-Z]{3}$'),
        registration_deadline timestamptz not null,
        join_url text not null default '' constraint masterclass_join_url_length check (length(join_url) <= 2000),
        replay_url text not null default '' constraint masterclass_replay_url_length check (length(replay_url) <= 2000),
        host_user_id uuid,
        status text not null default 'DRAFT' constraint masterclass_status check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')),
        -- Raised whenever the time or the join link changes: calendars replace an entry with a higher SEQUENCE.
        calendar_sequence int not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        published_at timestamptz,
        cancelled_at timestamptz,
        primary key (tenant_id, id),
        constraint masterclass_slug_unique unique (tenant_id, slug),
        constraint masterclass_price_has_currency check ((price_cents is null) = (currency is null)),
        constraint masterclass_deadline_before_start check (registration_deadline <= starts_at),
        constraint masterclass_host_is_member foreign key (tenant_id, host_user_id)
          references membership (tenant_id, user_id) on delete set null (host_user_id)
      )`,
      `create index masterclass_by_start on masterclass (tenant_id, starts_at)`,
      ...isolate('masterclass'),

      `create table registration (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        masterclass_id uuid not null,
        name text not null constraint registration_name_length check (length(name) between 1 and 120),
        email text not null constraint registration_email_format check (email = lower(email) and email like '%_@_%' and length(email) <= 254),
        question text not null default '' constraint registration_question_length check (length(question) <= 2000),
        user_id uuid references app_user (id) on delete set null,
        client_id uuid,
        status text not null constraint registration_status check (status in ('CONFIRMED', 'WAITLISTED', 'PENDING_PAYMENT', 'CANCELLED')),
        -- Arrival order on the waitlist; a registrant's position is the number of waitlisted with a lower one, plus one.
        waitlist_number int,
        hold_expires_at timestamptz,
        attendance text constraint registration_attendance check (attendance in ('ATTENDED', 'NO_SHOW')),
        source text not null default 'DIRECT' constraint registration_source check (source in ('DIRECT', 'NEWSLETTER', 'PORTAL', 'COACH')),
        newsletter_issue text constraint registration_newsletter_issue_length check (length(newsletter_issue) <= 200),
        utm_source text constraint registration_utm_source_length check (length(utm_source) <= 200),
        utm_medium text constraint registration_utm_medium_length check (length(utm_medium) <= 200),
        utm_campaign text constraint registration_utm_campaign_length check (length(utm_campaign) <= 200),
        consent_text text not null,
        registered_at timestamptz not null default now(),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        invited_as_client_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint registration_one_per_email unique (tenant_id, masterclass_id, email),
        constraint registration_of_masterclass foreign key (tenant_id, masterclass_id) references masterclass (tenant_id, id) on delete cascade,
        constraint registration_of_client foreign key (tenant_id, client_id) references client (tenant_id, id) on delete set null (client_id),
        constraint registration_waitlisted_in_order check ((status = 'WAITLISTED') = (waitlist_number is not null)),
        constraint registration_hold_expires check ((status = 'PENDING_PAYMENT') = (hold_expires_at is not null))
      )`,
      `create index registration_seats on registration (tenant_id, masterclass_id, status)`,
      `create unique index registration_waitlist_order on registration (tenant_id, masterclass_id, waitlist_number) where waitlist_number is not null`,
      `create index registration_of_user on registration (user_id) where user_id is not null`,
      `create index registration_by_email on registration (email)`,
      ...isolate('registration'),

      // At most one of each mail per registration (reminders above all), whatever the number of workers or restarts.
      `create table registration_mail (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        registration_id uuid not null,
        kind text not null constraint registration_mail_kind check (kind in ('REMINDER_24H', 'REMINDER_1H', 'REPLAY')),
        sent_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint registration_mail_once unique (tenant_id, registration_id, kind),
        foreign key (tenant_id, registration_id) references registration (tenant_id, id) on delete cascade
      )`,
      ...isolate('registration_mail'),

      // A person's private calendar feed: only the hash of its secret is kept; a new one replaces the old.
      `create table calendar_feed (
        user_id uuid primary key references app_user (id) on delete cascade,
        token_hash text not null unique,
        created_at timestamptz not null default now()
      )`,
      `alter table calendar_feed enable row level security`,
      `alter table calendar_feed force row level security`,
      `create policy calendar_feed_own on calendar_feed using (user_id = ${PERSON}) with check (user_id = ${PERSON})`,
      `create policy calendar_feed_owner on calendar_feed to current_user using (true) with check (true)`,

      // The view and the feed function read as the owner, whom forced row level security binds too.
      `create policy masterclass_owner_reads on masterclass for select to current_user using (true)`,
      `create policy registration_owner_reads on registration for select to current_user using (true)`,
      `create view public_masterclass with (security_barrier) as
         select m.tenant_id, m.id, m.slug, m.title, m.description, m.starts_at, m.duration_minutes, m.time_zone, m.capacity,
                m.price_cents, m.currency, m.registration_deadline, m.status, coalesce(u.name, '') as host_name,
                (select count(*)::int from registration r
                  where r.tenant_id = m.tenant_id and r.masterclass_id = m.id and r.status in ('CONFIRMED', 'PENDING_PAYMENT')) as seats_taken
           from masterclass m
           left join app_user u on u.id = m.host_user_id
          where m.status <> 'DRAFT'`,

      `alter table client drop constraint client_source`,
      `alter table client add constraint client_source check (source in ('ROSTER', 'INVITATION', 'IMPORT', 'APPLICATION', 'MASTERCLASS'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);

    // The feed answers for its token only: the person's own registrations (by account, or by their verified
    // address) and the masterclasses they host, in every practice. The join link only for a confirmed seat.
    await queryRunner.query(`
      create function public.app_calendar_feed_events(presented_hash text)
      returns table (practice_id uuid, practice_name text, masterclass_id uuid, registration_id uuid, slug text, practice_slug text,
                     title text, description text, starts_at timestamptz, duration_minutes int, time_zone text,
                     masterclass_status text, registration_status text, join_url text, calendar_sequence int, updated_at timestamptz)
      language sql stable security definer set search_path = pg_catalog, pg_temp
      as $$
        with person as (
          select u.id, u.email, u.email_verified_at is not null as verified
            from public.calendar_feed f join public.app_user u on u.id = f.user_id
           where f.token_hash = presented_hash
        ),
        mine as (
          select r.tenant_id, r.masterclass_id, r.id, r.status, r.updated_at
            from person join public.registration r on r.user_id = person.id or (person.verified and r.email = person.email)
           where r.status in ('CONFIRMED', 'PENDING_PAYMENT', 'WAITLISTED')
          union all
          select m.tenant_id, m.id, null, null, m.updated_at
            from person join public.masterclass m on m.host_user_id = person.id
        ),
        one_each as (
          select distinct on (tenant_id, masterclass_id) * from mine order by tenant_id, masterclass_id, id nulls last
        )
        select m.tenant_id, p.name, m.id, e.id, m.slug, p.slug, m.title, m.description, m.starts_at, m.duration_minutes, m.time_zone,
               m.status, e.status, case when e.status = 'CONFIRMED' or e.id is null then m.join_url else '' end,
               m.calendar_sequence, greatest(m.updated_at, e.updated_at)
          from one_each e
          join public.masterclass m on m.tenant_id = e.tenant_id and m.id = e.masterclass_id and m.status <> 'DRAFT'
          join public.practice p on p.id = m.tenant_id
         order by m.starts_at
      $$`);
    await queryRunner.query(`revoke execute on function public.${FEED_EVENTS} from public`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop function public.${FEED_EVENTS}`);
    await queryRunner.query('drop view public_masterclass');
    for (const table of ['calendar_feed', 'registration_mail', 'registration', 'masterclass']) await queryRunner.query(`drop table ${table}`);
    await queryRunner.query(`update client set source = 'ROSTER' where source = 'MASTERCLASS'`);
    await queryRunner.query(`alter table client drop constraint client_source`);
    await queryRunner.query(`alter table client add constraint client_source check (source in ('ROSTER', 'INVITATION', 'IMPORT', 'APPLICATION'))`);
  }
}
