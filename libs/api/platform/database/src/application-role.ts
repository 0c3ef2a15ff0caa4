import { ACCOUNT_FUNCTIONS } from './migrations/1765300000000-accounts';
import { BILLING_FUNCTIONS } from './migrations/1765200000000-billing';
import type { Client } from 'pg';
import { StartupError } from './startup';

/**
 * The API connects as an application role that owns nothing, is not superuser and cannot bypass row level security,
 * so that the database itself enforces tenant isolation even where the code forgets. Migrations run as the owner.
 */
export async function ensureApplicationRole(owner: Client, role: string, password: string) {
  const existing = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
    [role],
  );
  if (existing.rowCount === 0) {
    try {
      await owner.query(
        `create role ${owner.escapeIdentifier(role)} login nosuperuser nobypassrls nocreatedb nocreaterole password ${owner.escapeLiteral(password)}`,
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Another process (a parallel test worker) created it between our check and our create.
      if (code === '42710' || code === '23505') return;
      if (code === '42501') {
        throw new StartupError(
          `The database role ${role} does not exist and the migration role may not create it: create it once with "create role ${role} login password '...'" or give the migration role CREATEROLE`,
        );
      }
      throw error;
    }
    return;
  }
  const { rolsuper, rolbypassrls } = existing.rows[0];
  if (rolsuper || rolbypassrls) {
    throw new StartupError(
      `The application role ${role} is ${rolsuper ? 'a superuser' : 'allowed to bypass row level security'}; it must be neither (set DATABASE_APP_USER to another role)`,
    );
  }
  try {
    // Keeps the role's password in step with DATABASE_APP_PASSWORD.
    await owner.query(`alter role ${owner.escapeIdentifier(role)} password ${owner.escapeLiteral(password)}`);
  } catch (error) {
    // A migration role without admin rights on an externally managed role leaves its password alone.
    if ((error as { code?: string }).code !== '42501') throw error;
  }
}

/**
 * Privileges on everything the migrations made; re-run after every migration so new tables are covered. Ascend's
 * database admits only the roles granted it. The application role should reach no other database: the embedded
 * cluster closes its others at start; on another server that is its operator's call, so the databases still open
 * to the role are returned, to be reported.
 */
export async function grantApplicationRole(owner: Client, role: string): Promise<string[]> {
  const r = owner.escapeIdentifier(role);
  const database = owner.escapeIdentifier((await owner.query<{ db: string }>('select current_database() as db')).rows[0].db);
  await owner.query(`revoke connect, temporary on database ${database} from public`);
  await owner.query(`grant connect on database ${database} to ${r}`);
  await owner.query(`grant usage on schema public to ${r}`);
  await owner.query(`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await owner.query(`grant usage, select on all sequences in schema public to ${r}`);
  // The migrations ledger is the owner's business; the application may only read it (the readiness check does).
  await owner.query(`revoke insert, update, delete on table migrations from ${r}`);
  // The job queue (schema graphile_worker) stays the owner's: the application may only add jobs, through this function.
  await owner.query(`grant execute on function public.ascend_enqueue_job(text, json, timestamptz, integer, text, text) to ${r}`);
  // Pending sign-ups, and people's rows before the person is known, are reached only through these.
  await owner.query(`grant execute on function public.app_sign_up_to_mail(uuid, text), public.app_take_sign_up(text), public.app_forget_expired_sign_ups() to ${r}`);
  await owner.query(
    `grant execute on function public.app_account_by_email(text), public.app_refresh_token_by_hash(text), public.app_email_token_by_hash(text) to ${r}`,
  );
  // Check-in reminders find their clients across practices only through this.
  await owner.query(`grant execute on function public.app_check_in_alert_candidates(timestamptz) to ${r}`);
  // A personal calendar feed lists its person's masterclasses, in every practice, only through this.
  await owner.query(`grant execute on function public.app_calendar_feed_events(text) to ${r}`);
  // A masterclass registration, in one statement (it scopes row level security to the practice it is given).
  await owner.query(`grant execute on function public.app_admit_registrant(uuid, text, uuid, jsonb, timestamptz, timestamptz, jsonb) to ${r}`);
  // The newsletter reaches across practices only through these: weekly drafts, resuming sends, bounces and complaints.
  await owner.query(
    `grant execute on function public.app_newsletter_practices(), public.app_newsletter_issues_in_flight(), public.app_mark_undeliverable(text, text, uuid, timestamptz) to ${r}`,
  );
  // Billing: the webhook ledger, the customer and account lookups, reconciliation, and the operator console.
  await owner.query(
    `grant execute on function ${Object.values(BILLING_FUNCTIONS)
      .map((fn) => `public.${fn}`)
      .join(', ')} to ${r}`,
  );
  // Who else owns the person's practices (leaving, deleting), and forgetting a deleted account in every audit trail.
  await owner.query(
    `grant execute on function ${Object.values(ACCOUNT_FUNCTIONS)
      .map((fn) => `public.${fn}`)
      .join(', ')} to ${r}`,
  );
  return databasesOpenTo(owner, role);
}

/** Databases other than this one that `role` may connect to. */
async function databasesOpenTo(owner: Client, role: string): Promise<string[]> {
  const { rows } = await owner.query<{ datname: string }>(
    `select datname from pg_database
      where datallowconn and datname <> current_database() and has_database_privilege($1, datname, 'CONNECT')
      order by datname`,
    [role],
  );
  return rows.map((row) => row.datname);
}
