// The coaching data the dashboard and check-in scenarios read and write: practices of 10, 200 and 1,000 clients
// owned by the demo owner, and a practice of clients with accounts who check in. Written past row level security
// in a few statements per practice, as the test scenarios do.
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { BenchFailure } from './support';

/** The client counts of the dashboard practices: the load runs on the 200, the statement count on all three. */
export const DASHBOARD_SIZES = [10, 200, 1000] as const;
export const LOADED_SIZE = 200;

export interface CoachingData {
  /** Practice id by client count. */
  dashboards: Map<number, string>;
  checkIns: { practiceId: string; clients: { clientId: string; email: string }[] };
}

export async function seedCoaching(adminUrl: string, ownerEmail: string, checkInClients: number): Promise<CoachingData> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const [owner] = (await db.query<{ id: string; password_hash: string }>('select id, password_hash from app_user where email = $1', [ownerEmail])).rows;
    if (!owner) throw new BenchFailure(`No account ${ownerEmail} to own the bench's coaching practices (is DEMO_DATA on?)`);
    const dashboards = new Map<number, string>();
    for (const size of DASHBOARD_SIZES) dashboards.set(size, await dashboardPractice(db, owner.id, size));
    return { dashboards, checkIns: await checkInPractice(db, owner, checkInClients) };
  } finally {
    await db.end();
  }
}

async function practiceOwnedBy(db: Client, ownerId: string, label: string): Promise<string> {
  const practiceId = randomUUID();
  const suffix = randomBytes(3).toString('hex');
  await db.query(`insert into practice (id, slug, name, tagline, coach_name, coach_bio, time_zone) values ($1, $2, $3, '', '', '', 'Europe/London')`, [
    practiceId,
    `bench-${label}-${suffix}`,
    `Bench ${label}`,
  ]);
  await db.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'OWNER')`, [practiceId, ownerId]);
  return practiceId;
}

/**
 * `size` clients in three time zones, most through the method with a goal, and 12 weeks of check-ins with the
 * dashboard's warning signs mixed in: some silent for three weeks, some falling, some waiting for the coach.
 */
async function dashboardPractice(db: Client, ownerId: string, size: number): Promise<string> {
  const practiceId = await practiceOwnedBy(db, ownerId, `${size}-clients`);
  const p = [practiceId];
  await db.query(
    `insert into client (tenant_id, name, email, status, coach_user_id, time_zone, check_in_day, started_on, accountability_set_at)
     select $1, 'Bench Client ' || n, 'bench-client-' || n || '@example.com', case when n % 9 = 0 then 'PAUSED' else 'ACTIVE' end, $2,
            (array['Europe/London', 'America/New_York', 'Asia/Tokyo'])[1 + n % 3], 1 + n % 5, current_date - 200,
            case when n % 8 <> 0 then now() - interval '20 weeks' end
       from generate_series(1, $3::int) as n`,
    [practiceId, ownerId, size],
  );
  const numbered = `(select id, time_zone, substring(name from 14)::int as n from client where tenant_id = $1) c`;
  await db.query(`insert into awareness_note (tenant_id, client_id, kind, body) select $1, id, 'PATTERN', 'I rescue the team' from ${numbered}`, p);
  await db.query(`insert into decision (tenant_id, client_id, commitment, decided_on) select $1, id, 'Lead, not do', current_date - 150 from ${numbered} where n % 8 <> 0`, p);
  await db.query(
    `insert into goal (tenant_id, client_id, statement, target_date) select $1, id, 'Run the platform group', current_date + 10 + (n * 7) % 300 from ${numbered} where n % 8 <> 0`,
    p,
  );
  await db.query(`insert into future_self_statement (tenant_id, client_id, statement) select $1, id, 'The leader who builds leaders' from ${numbered} where n % 8 <> 0`, p);
  await db.query(
    `insert into check_in (tenant_id, client_id, week_start, progress, energy, submitted_at, acknowledged_at)
     select $1, c.id, w.start,
            case when c.n % 11 = 0 then least(10, 1 + w.back) else 3 + (w.back * 3 + c.n) % 6 end, 1 + (w.back + c.n) % 5,
            case when c.n % 5 = 0 and w.back = 1 then now() - interval '4 days' else w.start + interval '4 days' end,
            case when c.n % 5 = 0 and w.back = 1 then null else w.start + interval '5 days' end
       from ${numbered}
      cross join lateral (
        select back, date_trunc('week', now() at time zone c.time_zone)::date - 7 * back as start from generate_series(1, 12) as back
      ) w
      where c.n % 8 <> 0 and not (c.n % 7 = 0 and w.back <= 3)`,
    p,
  );
  await db.query(
    `update client c set last_check_in_week = last.week, streak_weeks = last.weeks, longest_streak_weeks = last.weeks
       from (select client_id, max(week_start) as week, count(*)::int as weeks from check_in where tenant_id = $1 group by client_id) last
      where c.tenant_id = $1 and c.id = last.client_id`,
    p,
  );
  return practiceId;
}

/** Clients with accounts (the demo owner's password), their weekly accountability set up, coached by the owner. */
async function checkInPractice(db: Client, owner: { id: string; password_hash: string }, count: number) {
  const practiceId = await practiceOwnedBy(db, owner.id, 'check-ins');
  const suffix = randomBytes(3).toString('hex');
  const users = await db.query<{ id: string; email: string }>(
    `insert into app_user (email, name, password_hash, email_verified_at)
     select 'bench-checker-' || n || '-' || $2 || '@example.com', 'Bench Checker ' || n, $1, now() from generate_series(1, $3::int) as n
     returning id, email`,
    [owner.password_hash, suffix, count],
  );
  // The membership trigger puts every CLIENT member on the roster.
  await db.query(`insert into membership (tenant_id, user_id, role) select $1, id, 'CLIENT' from unnest($2::uuid[]) as id`, [
    practiceId,
    users.rows.map((u) => u.id),
  ]);
  const clients = await db.query<{ id: string; email: string }>(
    `update client set coach_user_id = $2, accountability_set_at = now() - interval '4 weeks', check_in_day = 5, started_on = current_date - 60
      where tenant_id = $1 returning id, email`,
    [practiceId, owner.id],
  );
  await db.query(
    `insert into goal (tenant_id, client_id, statement, target_date) select $1, id, 'Lead the platform group', current_date + 200 from unnest($2::uuid[]) as id`,
    [practiceId, clients.rows.map((c) => c.id)],
  );
  return { practiceId, clients: clients.rows.map((c) => ({ clientId: c.id, email: c.email })) };
}
