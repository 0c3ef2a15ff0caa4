import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;

function isolate(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
  ];
}

/** A row that belongs to one client: erasing the client erases it. */
const OF_CLIENT = `client_id uuid not null,
        foreign key (tenant_id, client_id) references client (tenant_id, id) on delete cascade`;

const TEXT = (column: string, max: number, nullable = false) =>
  `${column} text ${nullable ? '' : `not null default ''`} constraint ${column}_length check (length(${column}) <= ${max})`;

/**
 * Coaching: the client roster (leads too), the five-step method, weekly check-ins and what grows around them.
 * Every table is a tenant table; the client row carries the streak so the dashboard and a check-in read it in one place.
 */
export class Coaching1764600000000 implements MigrationInterface {
  name = 'Coaching1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table client (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        user_id uuid references app_user (id) on delete set null,
        name text not null constraint client_name_length check (length(name) between 1 and 120),
        email text not null constraint client_email_format check (email = lower(email) and email like '%_@_%'),
        status text not null default 'ACTIVE' constraint client_status check (status in ('LEAD', 'ACTIVE', 'PAUSED', 'ALUMNI')),
        coach_user_id uuid,
        tags text[] not null default '{}',
        started_on date,
        check_in_day smallint not null default 5 constraint client_check_in_day check (check_in_day between 1 and 7),
        time_zone text not null,
        source text not null default 'ROSTER' constraint client_source check (source in ('ROSTER', 'INVITATION', 'IMPORT', 'APPLICATION')),
        ${TEXT('job_title', 120)},
        ${TEXT('wants_to_change', 2000)},
        ${TEXT('preferred_contact_time', 200)},
        consent_text text,
        consent_at timestamptz,
        accountability_set_at timestamptz,
        streak_weeks int not null default 0,
        longest_streak_weeks int not null default 0,
        last_check_in_week date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint client_one_per_email unique (tenant_id, email),
        constraint client_coach_is_member foreign key (tenant_id, coach_user_id)
          references membership (tenant_id, user_id) on delete set null (coach_user_id)
      )`,
      `create unique index client_one_per_user on client (tenant_id, user_id) where user_id is not null`,
      `create index client_by_coach on client (tenant_id, coach_user_id)`,
      `create index client_roster_order on client (tenant_id, lower(name), id)`,
      `create index client_tags on client using gin (tags)`,
      ...isolate('client'),

      `create table awareness_note (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        kind text not null constraint awareness_note_kind check (kind in ('PATTERN', 'HABITUAL_YES')),
        body text not null constraint awareness_note_body check (length(body) between 1 and 2000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index awareness_note_of_client on awareness_note (tenant_id, client_id, created_at)`,
      ...isolate('awareness_note'),

      `create table decision (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        commitment text not null constraint decision_commitment check (length(commitment) between 1 and 2000),
        decided_on date not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint decision_one_per_client unique (tenant_id, client_id)
      )`,
      ...isolate('decision'),

      `create table future_self_statement (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        statement text not null constraint future_self_statement_length check (length(statement) between 1 and 4000),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint future_self_one_per_client unique (tenant_id, client_id)
      )`,
      ...isolate('future_self_statement'),

      `create table goal (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        statement text not null constraint goal_statement check (length(statement) between 1 and 500),
        ${TEXT('why_it_matters', 2000)},
        ${TEXT('success_measure', 1000)},
        target_date date not null,
        milestones jsonb not null default '[]',
        status text not null default 'ACTIVE' constraint goal_status check (status in ('ACTIVE', 'ACHIEVED', 'ABANDONED')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        closed_at timestamptz,
        primary key (tenant_id, id)
      )`,
      // ONE bold goal: a second active goal is refused by the database too.
      `create unique index goal_one_active_per_client on goal (tenant_id, client_id) where status = 'ACTIVE'`,
      ...isolate('goal'),

      `create table check_in (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        week_start date not null constraint check_in_week_starts_monday check (extract(isodow from week_start) = 1),
        progress smallint not null constraint check_in_progress check (progress between 0 and 10),
        energy smallint not null constraint check_in_energy check (energy between 1 and 5),
        ${TEXT('wins', 4000)},
        ${TEXT('defaulted_to_doing', 4000)},
        ${TEXT('declined_or_delegated', 4000)},
        ${TEXT('strategic_work', 4000)},
        ${TEXT('impact_made_legible', 4000)},
        ${TEXT('next_commitments', 4000)},
        late boolean not null default false,
        submitted_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        acknowledged_at timestamptz,
        acknowledged_by uuid references app_user (id) on delete set null,
        coach_reply text constraint check_in_reply_length check (length(coach_reply) <= 4000),
        replied_at timestamptz,
        replied_by uuid references app_user (id) on delete set null,
        primary key (tenant_id, id),
        constraint check_in_one_per_week unique (tenant_id, client_id, week_start)
      )`,
      `create index check_in_recent on check_in (tenant_id, client_id, week_start desc)`,
      ...isolate('check_in'),

      // At most one reminder, nudge or escalation per client and week, whatever the number of workers.
      `create table check_in_alert (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        week_start date not null,
        kind text not null constraint check_in_alert_kind check (kind in ('REMINDER', 'NUDGE', 'ESCALATION')),
        sent_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint check_in_alert_once unique (tenant_id, client_id, week_start, kind)
      )`,
      ...isolate('check_in_alert'),

      `create table action_item (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        title text not null constraint action_item_title check (length(title) between 1 and 300),
        owner text not null constraint action_item_owner check (owner in ('CLIENT', 'COACH')),
        due_on date,
        status text not null default 'OPEN' constraint action_item_status check (status in ('OPEN', 'DONE', 'DROPPED')),
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        completed_at timestamptz,
        primary key (tenant_id, id)
      )`,
      `create index action_item_of_client on action_item (tenant_id, client_id, status, due_on)`,
      ...isolate('action_item'),

      `create table session_note (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        author_user_id uuid references app_user (id) on delete set null,
        held_on date not null,
        body text not null constraint session_note_body check (length(body) between 1 and 20000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index session_note_of_client on session_note (tenant_id, client_id, held_on desc)`,
      ...isolate('session_note'),

      `create table impact_entry (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        ${OF_CLIENT},
        check_in_id uuid,
        what_i_did text not null constraint impact_entry_what check (length(what_i_did) between 1 and 2000),
        outcome text not null constraint impact_entry_outcome check (length(outcome) between 1 and 2000),
        outcome_kind text not null default 'OTHER'
          constraint impact_entry_outcome_kind check (outcome_kind in ('TIME_SAVED', 'MONEY_SAVED', 'REVENUE', 'RISK_AVOIDED', 'QUALITY', 'CAPABILITY', 'OTHER')),
        ${TEXT('beneficiary', 300)},
        significance smallint not null default 3 constraint impact_entry_significance check (significance between 1 and 5),
        occurred_on date not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, check_in_id) references check_in (tenant_id, id) on delete set null (check_in_id)
      )`,
      `create index impact_entry_of_client on impact_entry (tenant_id, client_id, occurred_on)`,
      ...isolate('impact_entry'),

      // A CLIENT membership (an accepted invitation, a role change) is a client of the roster: the row the coach
      // prepared for that address gains its account, or one is made. In the database, so no path can miss it.
      `create function app_client_for_membership() returns trigger language plpgsql as $$
       begin
         insert into client (tenant_id, user_id, name, email, status, source, time_zone)
         select new.tenant_id, u.id, u.name, u.email, 'ACTIVE', 'INVITATION', p.time_zone
           from app_user u, practice p
          where u.id = new.user_id and p.id = new.tenant_id
         on conflict (tenant_id, email) do update
           set user_id = excluded.user_id,
               status = case when client.status = 'LEAD' then 'ACTIVE' else client.status end,
               started_on = coalesce(client.started_on, current_date),
               updated_at = now();
         return new;
       end $$`,
      `create trigger membership_client_profile after insert or update of role on membership
         for each row when (new.role = 'CLIENT') execute function app_client_for_membership()`,
    ];
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop trigger membership_client_profile on membership');
    await queryRunner.query('drop function app_client_for_membership()');
    await queryRunner.query(
      'drop table impact_entry, session_note, action_item, check_in_alert, check_in, goal, future_self_statement, decision, awareness_note, client',
    );
  }
}
