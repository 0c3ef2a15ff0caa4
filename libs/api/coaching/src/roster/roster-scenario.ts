import { randomUUID } from 'node:crypto';

/** What this helper uses of the testing lib's TestApp (which only test files may import): SQL past row level security. */
interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

export interface RosterRowSpec {
  name: string;
  email?: string;
  status?: 'LEAD' | 'ACTIVE' | 'PAUSED' | 'ALUMNI';
  coachUserId?: string;
  tags?: string[];
  startedOn?: string;
}

/** A roster row without an account (a lead, an imported client), written past row level security; its id. */
export async function addRosterRow(t: TestApp, practiceId: string, spec: RosterRowSpec): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into client (tenant_id, name, email, status, coach_user_id, tags, started_on, time_zone)
     values ($1, $2, $3, $4, $5, $6, $7, 'Europe/London') returning id`,
    [practiceId, spec.name, (spec.email ?? `roster-${randomUUID()}@example.com`).toLowerCase(), spec.status ?? 'ACTIVE', spec.coachUserId ?? null, spec.tags ?? [], spec.startedOn ?? null],
  );
  return row.id;
}
