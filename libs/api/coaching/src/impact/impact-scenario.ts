/** What this helper uses of the testing lib's TestApp (which only test files may import): SQL past row level security. */
export interface ScenarioDatabase {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

/** A submitted check-in of a client for the week starting `weekStart` (a Monday), written past row level security. */
export async function addCheckIn(t: ScenarioDatabase, clientId: string, weekStart: string, impactMadeLegible: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into check_in (tenant_id, client_id, week_start, progress, energy, impact_made_legible)
     select tenant_id, id, $2, 6, 3, $3 from client where id = $1 returning id`,
    [clientId, weekStart, impactMadeLegible],
  );
  return row.id;
}
