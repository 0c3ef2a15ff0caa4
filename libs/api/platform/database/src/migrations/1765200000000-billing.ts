import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;
const OPERATOR = `exists (select 1 from public.app_user u where u.id = nullif(current_setting('app.user_id', true), '')::uuid and u.is_operator)`;

const PROFILE_COLUMNS = 'id, slug, name, tagline, coach_name, coach_bio, time_zone, photo_url, cta_text, cta_url, social_links';

function isolate(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
  ];
}

/** Tables nobody but the owner (and so its SECURITY DEFINER functions) reads or writes. */
function ownerOnly(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_owner on ${table} to current_user using (true) with check (true)`,
  ];
}

export const BILLING_FUNCTIONS = {
  recordEvent: 'app_record_stripe_event(text, text, text, timestamptz, jsonb)',
  eventById: 'app_stripe_event(text)',
  finishEvent: 'app_finish_stripe_event(text, uuid, text, text)',
  practiceForCustomer: 'app_practice_for_stripe_customer(text)',
  practiceForAccount: 'app_practice_for_stripe_account(text)',
  billedPractices: 'app_billed_practices()',
  operatorPractices: 'app_operator_practices()',
  operatorAudit: 'app_operator_audit(integer)',
  operatorAlerts: 'app_operator_alerts(integer)',
  setSuspended: 'app_set_practice_suspended(uuid, boolean, text, text)',
  practiceSuspended: 'app_practice_suspended(text)',
  isSuspended: 'app_practice_is_suspended(uuid)',
  suspensionReason: 'app_practice_suspension_reason(uuid)',
  enter: 'app_enter(uuid, uuid, uuid)',
};

/**
 * Billing. A practice's `subscription` mirrors Stripe's (no row: the free Starter plan). `stripe_event` is the webhook
 * ledger, keyed by Stripe's event id so a repeated delivery is acknowledged and ignored; it belongs to no practice
 * (an event names a customer or account, which the processing job resolves), so only SECURITY DEFINER functions
 * touch it. Offerings (coaching packages) and purchases are the practice's own sales through its connected
 * account. Suspension is an operator's act, kept where no practice can write (`practice_suspension`), and
 * `app_enter` now answers the practice's standing with the role, so every request sees it without a second query.
 */
export class Billing1765200000000 implements MigrationInterface {
  name = 'Billing1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table subscription (
        tenant_id uuid primary key references practice (id) on delete cascade,
        stripe_customer_id text not null,
        stripe_subscription_id text,
        plan text not null default 'STARTER' constraint subscription_plan check (plan in ('STARTER', 'SOLO', 'PRACTICE', 'TEAM')),
        status text not null default 'NONE'
          constraint subscription_status check (status in ('NONE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED', 'INCOMPLETE', 'INCOMPLETE_EXPIRED', 'PAUSED')),
        current_period_end timestamptz,
        trial_end timestamptz,
        cancel_at_period_end boolean not null default false,
        -- When a payment first failed; the practice turns read-only at read_only_from (that plus the grace period).
        past_due_since timestamptz,
        read_only_from timestamptz,
        mrr_cents int not null default 0 constraint subscription_mrr check (mrr_cents >= 0),
        currency text not null default 'usd',
        -- When the subscription began and ended: the operator console's MRR history and churn read them.
        started_at timestamptz,
        canceled_at timestamptz,
        synced_at timestamptz,
        updated_at timestamptz not null default now()
      )`,
      `create unique index subscription_customer_key on subscription (stripe_customer_id)`,
      `create unique index subscription_stripe_key on subscription (stripe_subscription_id)`,
      ...isolate('subscription'),

      `create table billing_invoice (
        tenant_id uuid not null references practice (id) on delete cascade,
        id text not null,
        number text,
        status text not null,
        amount_due int not null,
        amount_paid int not null,
        currency text not null,
        hosted_invoice_url text,
        invoice_pdf text,
        period_start timestamptz,
        period_end timestamptz,
        created_at timestamptz not null,
        primary key (tenant_id, id)
      )`,
      `create index billing_invoice_recent on billing_invoice (tenant_id, created_at desc)`,
      ...isolate('billing_invoice'),

      `create table stripe_event (
        id text primary key,
        type text not null,
        account text,
        created_at timestamptz not null,
        received_at timestamptz not null default now(),
        payload jsonb not null,
        tenant_id uuid references practice (id) on delete set null,
        processed_at timestamptz,
        outcome text constraint stripe_event_outcome check (outcome in ('PROCESSED', 'IGNORED', 'UNKNOWN_CUSTOMER', 'FAILED')),
        error text constraint stripe_event_error_length check (length(error) <= 2000)
      )`,
      `create index stripe_event_alerts on stripe_event (received_at desc) where outcome in ('UNKNOWN_CUSTOMER', 'FAILED')`,
      ...ownerOnly('stripe_event'),

      `alter table practice add column stripe_account_id text`,
      `alter table practice add column stripe_account_ready boolean not null default false`,
      `create unique index practice_stripe_account_key on practice (stripe_account_id)`,

      `create table practice_suspension (
        practice_id uuid primary key references practice (id) on delete cascade,
        reason text not null constraint practice_suspension_reason check (length(reason) between 1 and 500),
        suspended_by text not null,
        suspended_at timestamptz not null default now()
      )`,
      ...ownerOnly('practice_suspension'),

      `create table platform_audit_event (
        id uuid primary key default gen_random_uuid(),
        action text not null,
        actor_email text not null,
        practice_id uuid references practice (id) on delete set null,
        detail jsonb not null default '{}',
        created_at timestamptz not null default now()
      )`,
      `create index platform_audit_recent on platform_audit_event (created_at desc)`,
      ...ownerOnly('platform_audit_event'),

      `create table offering (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        slug text not null constraint offering_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
        title text not null constraint offering_title_length check (length(title) between 1 and 120),
        description text not null default '' constraint offering_description_length check (length(description) <= 5000),
        price_cents int not null constraint offering_price check (price_cents between 50 and 10000000),
        currency text not null constraint offering_currency check (currency ~ '^[a-z]{3}$'),
        billing text not null constraint offering_billing check (billing in ('ONE_TIME', 'MONTHLY')),
        -- How long the package lasts: the membership's span, and for monthly billing the number of payments.
        months int not null constraint offering_months check (months between 1 and 36),
        coach_user_id uuid references app_user (id) on delete set null,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint offering_slug_key unique (tenant_id, slug)
      )`,
      ...isolate('offering'),

      `create table purchase (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        kind text not null constraint purchase_kind check (kind in ('MASTERCLASS_SEAT', 'PACKAGE')),
        offering_id uuid,
        registration_id uuid,
        buyer_name text not null constraint purchase_buyer_name check (length(buyer_name) between 1 and 120),
        buyer_email text not null constraint purchase_buyer_email check (buyer_email = lower(buyer_email) and buyer_email like '%_@_%'),
        buyer_user_id uuid references app_user (id) on delete set null,
        description text not null,
        amount_cents int not null constraint purchase_amount check (amount_cents >= 0),
        currency text not null,
        status text not null default 'PENDING'
          constraint purchase_status check (status in ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
        refunded_cents int not null default 0 constraint purchase_refunded check (refunded_cents >= 0),
        checkout_session_id text not null,
        checkout_expires_at timestamptz not null,
        payment_intent_id text,
        stripe_subscription_id text,
        created_at timestamptz not null default now(),
        paid_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint purchase_subject check ((kind = 'PACKAGE' and offering_id is not null) or (kind = 'MASTERCLASS_SEAT' and registration_id is not null)),
        foreign key (tenant_id, offering_id) references offering (tenant_id, id) on delete restrict
      )`,
      `create unique index purchase_checkout_key on purchase (checkout_session_id)`,
      `create index purchase_payment_intent on purchase (tenant_id, payment_intent_id)`,
      `create index purchase_recent on purchase (tenant_id, created_at desc)`,
      // At most one open checkout per held seat: a second request reuses it.
      `create unique index purchase_one_open_per_registration on purchase (tenant_id, registration_id) where status = 'PENDING'`,
      ...isolate('purchase'),

      // A suspended practice has no public pages: every public read goes through this view.
      `create or replace view practice_profile with (security_barrier) as
         select ${PROFILE_COLUMNS} from practice where not exists (select 1 from practice_suspension s where s.practice_id = practice.id)`,

      // Every practice's address and name, suspended or not: a member's list of practices (where a suspended one
      // says so), taken addresses at sign-up, the demo's own lookup. Public pages use practice_profile.
      `create view practice_directory with (security_barrier) as
         select p.id, p.slug, p.name, exists (select 1 from practice_suspension s where s.practice_id = p.id) as suspended from practice p`,

      // The operator console's and the reconciliation's reads across practices, through the functions below.
      `create policy subscription_owner_reads on subscription for select to current_user using (true)`,
      `create policy membership_owner_reads on membership for select to current_user using (true)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
    for (const statement of FUNCTIONS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop view practice_directory');
    await queryRunner.query(`create or replace view practice_profile with (security_barrier) as select ${PROFILE_COLUMNS} from practice`);
    await queryRunner.query(`drop function public.app_enter(uuid, uuid, uuid)`);
    await queryRunner.query(PREVIOUS_ENTER);
    await queryRunner.query(`drop function public.app_practice_is_suspended(uuid)`);
    for (const fn of Object.values(BILLING_FUNCTIONS).filter((fn) => !fn.startsWith('app_enter') && !fn.startsWith('app_practice_is_suspended'))) await queryRunner.query(`drop function public.${fn}`);
    await queryRunner.query('drop policy membership_owner_reads on membership');
    for (const table of ['purchase', 'offering', 'platform_audit_event', 'practice_suspension', 'stripe_event', 'billing_invoice', 'subscription']) {
      await queryRunner.query(`drop table ${table}`);
    }
    await queryRunner.query('alter table practice drop column stripe_account_ready, drop column stripe_account_id');
  }
}

const PREVIOUS_ENTER = `
  create function app_enter(practice uuid, person uuid, session uuid) returns text
  language plpgsql volatile set search_path = public, pg_temp
  as $$
  declare
    found_role text;
  begin
    perform set_config('app.user_id', person::text, true);
    perform set_config('app.tenant_id', '', true);
    if not exists (select 1 from refresh_token t
                    where t.family_id = session and t.user_id = person and t.revoked_at is null and t.expires_at > now()) then
      perform set_config('app.user_id', '', true);
      return null;
    end if;
    if practice is null then
      return '';
    end if;
    select m.role into found_role from membership m where m.tenant_id = practice and m.user_id = person;
    if found_role is not null then
      perform set_config('app.tenant_id', practice::text, true);
    end if;
    return coalesce(found_role, '');
  end
  $$`;

const FUNCTIONS = [
  // The access check answers the role and, after a colon, the practice's standing when it is not in good
  // standing: SUSPENDED (by an operator) or READ_ONLY (payment overdue past its grace period).
  `drop function public.app_enter(uuid, uuid, uuid)`,
  `create function app_enter(practice uuid, person uuid, session uuid) returns text
   language plpgsql volatile set search_path = public, pg_temp
   as $$
   declare
     found_role text;
     standing text;
   begin
     perform set_config('app.user_id', person::text, true);
     perform set_config('app.tenant_id', '', true);
     if not exists (select 1 from refresh_token t
                     where t.family_id = session and t.user_id = person and t.revoked_at is null and t.expires_at > now()) then
       perform set_config('app.user_id', '', true);
       return null;
     end if;
     if practice is null then
       return '';
     end if;
     select m.role into found_role from membership m where m.tenant_id = practice and m.user_id = person;
     if found_role is null then
       return '';
     end if;
     perform set_config('app.tenant_id', practice::text, true);
     if public.app_practice_is_suspended(practice) then
       standing := 'SUSPENDED';
     else
       select 'READ_ONLY' into standing from subscription s where s.tenant_id = practice and s.read_only_from <= now();
     end if;
     return found_role || coalesce(':' || standing, '');
   end
   $$`,
  // Suspension is read by the access check with the caller's rights; this reads it as the owner.
  `create function public.app_practice_is_suspended(practice uuid) returns boolean
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$ select exists (select 1 from public.practice_suspension where practice_id = practice) $$`,
  // A suspended practice's name, for its public page's "unavailable" notice (null when the slug is not suspended).
  `create function public.app_practice_suspended(practice_slug text) returns text
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$ select p.name from public.practice_suspension s join public.practice p on p.id = s.practice_id where p.slug = practice_slug $$`,
  // Why an operator suspended the practice, for its own members only (their banner says it).
  `create function public.app_practice_suspension_reason(practice uuid) returns text
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$
     select s.reason from public.practice_suspension s
      where s.practice_id = practice
        and exists (select 1 from public.membership m where m.tenant_id = practice and m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)
   $$`,
  // Records a delivered event once: true when it is new.
  `create function public.app_record_stripe_event(event_id text, event_type text, event_account text, created timestamptz, body jsonb)
   returns boolean language sql volatile security definer set search_path = pg_catalog, pg_temp
   as $$
     with inserted as (
       insert into public.stripe_event (id, type, account, created_at, payload) values (event_id, event_type, event_account, created, body)
       on conflict (id) do nothing returning 1
     ) select exists (select 1 from inserted)
   $$`,
  `create function public.app_stripe_event(event_id text)
   returns table (id text, type text, account text, created_at timestamptz, payload jsonb, processed_at timestamptz, outcome text)
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$ select e.id, e.type, e.account, e.created_at, e.payload, e.processed_at, e.outcome from public.stripe_event e where e.id = event_id $$`,
  `create function public.app_finish_stripe_event(event_id text, practice uuid, event_outcome text, failure text) returns void
   language sql volatile security definer set search_path = pg_catalog, pg_temp
   as $$
     update public.stripe_event set tenant_id = practice, outcome = event_outcome, error = left(failure, 2000), processed_at = now() where id = event_id
   $$`,
  `create function public.app_practice_for_stripe_customer(customer text) returns uuid
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$ select tenant_id from public.subscription where stripe_customer_id = customer $$`,
  `create function public.app_practice_for_stripe_account(account text) returns uuid
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$ select id from public.practice where stripe_account_id = account $$`,
  // What the reconciliation job compares with Stripe.
  `create function public.app_billed_practices()
   returns table (practice_id uuid, stripe_customer_id text, stripe_subscription_id text)
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$ select tenant_id, stripe_customer_id, stripe_subscription_id from public.subscription $$`,
  // The operator console, for platform operators only (anyone else gets no rows).
  `create function public.app_operator_practices()
   returns table (practice_id uuid, slug text, name text, created_at timestamptz, plan text, status text, trial_end timestamptz,
                  current_period_end timestamptz, started_at timestamptz, canceled_at timestamptz, mrr_cents int, suspended_at timestamptz, suspended_reason text,
                  coaches int, active_clients int, subscribers int, emails_this_month int)
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$
     select p.id, p.slug, p.name, p.created_at, coalesce(s.plan, 'STARTER'), coalesce(s.status, 'NONE'), s.trial_end,
            s.current_period_end, s.started_at, s.canceled_at, coalesce(s.mrr_cents, 0), x.suspended_at, x.reason,
            (select count(*)::int from public.membership m where m.tenant_id = p.id and m.role in ('OWNER', 'ADMIN', 'COACH')),
            (select count(*)::int from public.client c where c.tenant_id = p.id and c.status = 'ACTIVE'),
            (select count(*)::int from public.subscriber b where b.tenant_id = p.id and b.status = 'SUBSCRIBED'),
            (select count(*)::int from public.delivery d where d.tenant_id = p.id and d.status = 'SENT' and d.sent_at >= date_trunc('month', now()))
       from public.practice p
       left join public.subscription s on s.tenant_id = p.id
       left join public.practice_suspension x on x.practice_id = p.id
      where ${OPERATOR}
      order by p.created_at
   $$`,
  `create function public.app_operator_audit(max_rows integer)
   returns table (id uuid, action text, actor_email text, practice_id uuid, practice_name text, detail jsonb, created_at timestamptz)
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$
     select a.id, a.action, a.actor_email, a.practice_id, p.name, a.detail, a.created_at
       from public.platform_audit_event a left join public.practice p on p.id = a.practice_id
      where ${OPERATOR} order by a.created_at desc limit least(greatest(max_rows, 1), 500)
   $$`,
  // Webhook events Ascend could not place or process: the operators' alerts.
  `create function public.app_operator_alerts(max_rows integer)
   returns table (event_id text, type text, outcome text, error text, received_at timestamptz)
   language sql stable security definer set search_path = pg_catalog, pg_temp
   as $$
     select e.id, e.type, e.outcome, e.error, e.received_at from public.stripe_event e
      where ${OPERATOR} and e.outcome in ('UNKNOWN_CUSTOMER', 'FAILED') order by e.received_at desc limit least(greatest(max_rows, 1), 500)
   $$`,
  // Suspends or reactivates, and audits the act in the same statement; refused (false) for anyone but an operator.
  `create function public.app_set_practice_suspended(practice uuid, suspend boolean, why text, actor text) returns boolean
   language plpgsql volatile security definer set search_path = pg_catalog, pg_temp
   as $$
   begin
     if not ${OPERATOR} then
       return false;
     end if;
     if suspend then
       insert into public.practice_suspension (practice_id, reason, suspended_by) values (practice, why, actor)
       on conflict (practice_id) do update set reason = excluded.reason;
     else
       delete from public.practice_suspension where practice_id = practice;
     end if;
     insert into public.platform_audit_event (action, actor_email, practice_id, detail)
     values (case when suspend then 'PRACTICE_SUSPENDED' else 'PRACTICE_REACTIVATED' end, actor, practice,
             case when suspend then jsonb_build_object('reason', why) else '{}'::jsonb end);
     return true;
   end
   $$`,
];
