import { MigrationInterface, QueryRunner } from 'typeorm';

const PERSON = `nullif(current_setting('app.user_id', true), '')::uuid`;
const PRACTICE = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const LOOKUPS = ['app_account_by_email(text)', 'app_refresh_token_by_hash(text)', 'app_email_token_by_hash(text)'];

/**
 * People's own rows: an account, its sessions (refresh tokens) and its mailed links (email tokens) are visible
 * to that person, and an account's row to the people they share the current practice with. Before anyone is
 * known (signing in, refreshing, following a link), three lookups find the one row asked for by its address or
 * its token's hash, and the code then acts as that person. The lookups are SECURITY DEFINER: they read as the
 * owner, whom the owner-only policies below let through (forced row level security binds the owner too).
 */
export class OwnRows1764500000000 implements MigrationInterface {
  name = 'OwnRows1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['app_user', 'refresh_token', 'email_token']) {
      await queryRunner.query(`alter table ${table} enable row level security`);
      await queryRunner.query(`alter table ${table} force row level security`);
      await queryRunner.query(`create policy ${table}_owner on ${table} to current_user using (true) with check (true)`);
    }
    await queryRunner.query(`create policy app_user_own on app_user using (id = ${PERSON}) with check (id = ${PERSON})`);
    // Names and addresses of the people one works with, in the practice one is in (membership's own row level
    // security applies inside the check).
    await queryRunner.query(`
      create policy app_user_co_member on app_user for select
        using (exists (select 1 from membership m where m.user_id = app_user.id and m.tenant_id = ${PRACTICE}))`);
    for (const table of ['refresh_token', 'email_token']) {
      await queryRunner.query(`create policy ${table}_own on ${table} using (user_id = ${PERSON}) with check (user_id = ${PERSON})`);
    }

    await queryRunner.query(`
      create function public.app_account_by_email(address text)
      returns table (id uuid, name text, email text, password_hash text)
      language sql stable security definer set search_path = pg_catalog, pg_temp
      as $$ select u.id, u.name, u.email, u.password_hash from public.app_user u where u.email = address $$`);
    await queryRunner.query(`
      create function public.app_refresh_token_by_hash(presented_hash text)
      returns table (user_id uuid, family_id uuid)
      language sql stable security definer set search_path = pg_catalog, pg_temp
      as $$ select t.user_id, t.family_id from public.refresh_token t where t.token_hash = presented_hash $$`);
    await queryRunner.query(`
      create function public.app_email_token_by_hash(presented_hash text)
      returns table (user_id uuid)
      language sql stable security definer set search_path = pg_catalog, pg_temp
      as $$ select t.user_id from public.email_token t where t.token_hash = presented_hash $$`);
    for (const fn of LOOKUPS) await queryRunner.query(`revoke execute on function public.${fn} from public`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of LOOKUPS) await queryRunner.query(`drop function public.${fn}`);
    await queryRunner.query('drop policy app_user_co_member on app_user');
    await queryRunner.query('drop policy app_user_own on app_user');
    for (const table of ['refresh_token', 'email_token']) await queryRunner.query(`drop policy ${table}_own on ${table}`);
    for (const table of ['app_user', 'refresh_token', 'email_token']) {
      await queryRunner.query(`drop policy ${table}_owner on ${table}`);
      await queryRunner.query(`alter table ${table} no force row level security`);
      await queryRunner.query(`alter table ${table} disable row level security`);
    }
  }
}
