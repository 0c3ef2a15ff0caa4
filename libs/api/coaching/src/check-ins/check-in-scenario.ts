import type { INestApplication } from '@nestjs/common';
import { CoachingClock } from './coaching-clock';

/** What these helpers use of the testing lib's TestApp (which only test files may import). */
interface TestApp {
  app: INestApplication;
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

/** Test data for check-in specs. Stands the coaching rules on `now` until jest's restoreAllMocks; the returned function moves it. */
export function standOn(t: TestApp, now: Date | string = '2026-11-18T12:00:00Z'): (later: Date | string) => void {
  const clock = t.app.get(CoachingClock);
  const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(now));
  return (later) => spy.mockReturnValue(new Date(later));
}

/** Accountability set up for a client at `setAt` (written past the API, as a coach's earlier session would have). */
export async function accountabilitySetUp(t: TestApp, practiceId: string, clientId: string, setAt: string, checkInDay = 5, timeZone = 'Europe/London') {
  await t.db.query(`update client set accountability_set_at = $3, check_in_day = $4, time_zone = $5 where tenant_id = $1 and id = $2`, [
    practiceId,
    clientId,
    setAt,
    checkInDay,
    timeZone,
  ]);
}

/** A check-in made earlier, for `weekStart`, with the client's last week moved along as submitCheckIn does. */
export async function earlierCheckIn(t: TestApp, practiceId: string, clientId: string, weekStart: string, progress = 5): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into check_in (tenant_id, client_id, week_start, progress, energy, wins) values ($1, $2, $3, $4, 3, 'Shipped the plan') returning id`,
    [practiceId, clientId, weekStart, progress],
  );
  await t.db.query(`update client set last_check_in_week = greatest(last_check_in_week, $3::date) where tenant_id = $1 and id = $2`, [practiceId, clientId, weekStart]);
  return row.id;
}
