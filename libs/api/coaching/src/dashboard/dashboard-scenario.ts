import { addWeeks, weekStartAt } from '../weeks/week-rules';

/** What these helpers use of the testing lib's TestApp (which only test files may import): SQL past row level security. */
interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

export interface CheckInSeed {
  clientId: string;
  weekStart: string;
  progress: number;
  energy?: number;
  submittedAt?: Date;
  acknowledged?: boolean;
}

/** Check-ins written as the cluster administrator in one statement, acknowledged unless told otherwise. */
export async function addCheckIns(t: TestApp, practiceId: string, checkIns: readonly CheckInSeed[]): Promise<void> {
  await t.db.query(
    `insert into check_in (tenant_id, client_id, week_start, progress, energy, submitted_at, acknowledged_at)
     select $1, seed.client_id, seed.week_start, seed.progress, seed.energy, seed.submitted_at,
            case when seed.acknowledged then seed.submitted_at end
       from unnest($2::uuid[], $3::date[], $4::int[], $5::int[], $6::timestamptz[], $7::boolean[])
            as seed(client_id, week_start, progress, energy, submitted_at, acknowledged)`,
    [
      practiceId,
      checkIns.map((c) => c.clientId),
      checkIns.map((c) => c.weekStart),
      checkIns.map((c) => c.progress),
      checkIns.map((c) => c.energy ?? 3),
      checkIns.map((c) => (c.submittedAt ?? new Date(`${c.weekStart}T12:00:00Z`)).toISOString()),
      checkIns.map((c) => c.acknowledged ?? true),
    ],
  );
}

/** The client's week `offset` weeks from the current one (0: this week, -1: last week), in their zone. */
export function weekFromNow(offset: number, timeZone = 'Europe/London'): string {
  return addWeeks(weekStartAt(new Date(), timeZone), offset);
}

/**
 * Every client of `clientIds` fully through the method (awareness, decision, an active goal due `goalInDays` from
 * now, future self, accountability set up 20 weeks ago) with a check-in in each of the last `weeks` closed weeks
 * and a streak to match: the data a busy dashboard reads. A handful of statements whatever the number of clients.
 */
export async function seedCoachedClients(t: TestApp, practiceId: string, clientIds: readonly string[], { weeks = 12, goalInDays = 200 } = {}): Promise<void> {
  const ids = [practiceId, clientIds];
  await t.db.query(
    `update client set accountability_set_at = now() - interval '20 weeks',
            streak_weeks = $3, longest_streak_weeks = $3,
            last_check_in_week = date_trunc('week', now() at time zone time_zone)::date - 7
      where tenant_id = $1 and id = any($2::uuid[])`,
    [...ids, weeks],
  );
  await t.db.query(
    `insert into awareness_note (tenant_id, client_id, kind, body)
     select $1, id, 'PATTERN', 'I take over the hard problems myself' from unnest($2::uuid[]) as id`,
    ids,
  );
  await t.db.query(
    `insert into decision (tenant_id, client_id, commitment, decided_on)
     select $1, id, 'I lead instead of doing', current_date - 100 from unnest($2::uuid[]) as id`,
    ids,
  );
  await t.db.query(
    `insert into future_self_statement (tenant_id, client_id, statement)
     select $1, id, 'I am the leader who builds the team' from unnest($2::uuid[]) as id`,
    ids,
  );
  await t.db.query(
    `insert into goal (tenant_id, client_id, statement, success_measure, target_date)
     select $1, id, 'Lead the platform group', 'Promoted', current_date + $3::int from unnest($2::uuid[]) as id`,
    [...ids, goalInDays],
  );
  // Progress wavers between 3 and 8 and never falls three times running; every week acknowledged the next day.
  await t.db.query(
    `insert into check_in (tenant_id, client_id, week_start, progress, energy, submitted_at, acknowledged_at)
     select $1, c.id, week.start, 3 + (week.n * 3 + c.n) % 6, 1 + (week.n + c.n) % 5, week.start + interval '4 days', week.start + interval '5 days'
       from unnest($2::uuid[]) with ordinality as c(id, n)
       join client on client.tenant_id = $1 and client.id = c.id
       cross join lateral (
         select n, date_trunc('week', now() at time zone client.time_zone)::date - 7 * n as start from generate_series(1, $3::int) as n
       ) week`,
    [...ids, weeks],
  );
}

/** A roster row in `practiceId` with no account (enough for a record to hang on), written past row level security. */
export async function rosterClient(t: TestApp, practiceId: string, name = 'Rosa Roster'): Promise<string> {
  const [client] = await t.db.query<{ id: string }>(
    `insert into client (tenant_id, name, email, time_zone) values ($1, $2, $3, 'Europe/London') returning id`,
    [practiceId, name, `roster-${Math.random().toString(36).slice(2)}@example.com`],
  );
  return client.id;
}
