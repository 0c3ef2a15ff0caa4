import { MigrationInterface, QueryRunner } from 'typeorm';

/** Row level security on every tenant table: an unset tenant sees nothing, a set one sees only its own rows. */
const TENANT_POLICY = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;

function isolate(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
  ];
}

export class IdentityAndTenancy1763800000000 implements MigrationInterface {
  name = 'IdentityAndTenancy1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // People are global: one account can belong to several practices.
      `create table app_user (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        name text not null,
        password_hash text not null,
        email_verified_at timestamptz,
        is_operator boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint app_user_email_format check (email = lower(email) and email like '%_@_%'),
        constraint app_user_name_length check (length(name) between 1 and 120)
      )`,
      `create unique index app_user_email_key on app_user (email)`,

      `create table membership (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        role text not null constraint membership_role check (role in ('OWNER', 'ADMIN', 'COACH', 'CLIENT')),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint membership_one_per_user unique (tenant_id, user_id)
      )`,
      `create index membership_user_idx on membership (user_id)`,
      ...isolate('membership'),
      // Signing in and switching practice list the signed-in user's own memberships across practices:
      // the one cross-tenant read, limited to rows of app.user_id.
      `create policy membership_own_rows on membership for select
         using (user_id = nullif(current_setting('app.user_id', true), '')::uuid)`,

      `create table invitation (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        email text not null constraint invitation_email_format check (email = lower(email) and email like '%_@_%'),
        role text not null constraint invitation_role check (role in ('OWNER', 'ADMIN', 'COACH', 'CLIENT')),
        token_hash text not null,
        invited_by uuid references app_user (id) on delete set null,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz,
        sent_count int not null default 1,
        last_sent_at timestamptz not null default now(),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create unique index invitation_open_per_email on invitation (tenant_id, email) where accepted_at is null and revoked_at is null`,
      ...isolate('invitation'),

      `create table audit_event (
        tenant_id uuid not null references practice (id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        action text not null,
        actor_user_id uuid references app_user (id) on delete set null,
        actor_email text,
        target_email text,
        detail jsonb not null default '{}',
        ip text,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index audit_event_recent on audit_event (tenant_id, created_at desc)`,
      ...isolate('audit_event'),

      // Sessions and one-time email tokens belong to a person, not to a practice.
      `create table refresh_token (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        family_id uuid not null,
        token_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      )`,
      `create unique index refresh_token_hash_key on refresh_token (token_hash)`,
      `create index refresh_token_family_idx on refresh_token (family_id)`,

      `create table email_token (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        purpose text not null constraint email_token_purpose check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      )`,
      `create unique index email_token_hash_key on email_token (token_hash)`,

      // The practice is the tenant itself: anyone may read its public profile, only its own tenant may change it.
      `alter table practice enable row level security`,
      `alter table practice force row level security`,
      `create policy practice_public_read on practice for select using (true)`,
      `create policy practice_own_insert on practice for insert with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid)`,
      `create policy practice_own_update on practice for update
         using (id = nullif(current_setting('app.tenant_id', true), '')::uuid)
         with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid)`,
      `create policy practice_own_delete on practice for delete using (id = nullif(current_setting('app.tenant_id', true), '')::uuid)`,
    ];
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const policy of ['practice_public_read', 'practice_own_insert', 'practice_own_update', 'practice_own_delete']) {
      await queryRunner.query(`drop policy ${policy} on practice`);
    }
    await queryRunner.query('alter table practice no force row level security');
    await queryRunner.query('alter table practice disable row level security');
    await queryRunner.query('drop table email_token, refresh_token, audit_event, invitation, membership, app_user');
  }
}
