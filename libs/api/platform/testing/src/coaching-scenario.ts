import { buildPractice, PracticeScenario, PracticeSpec, ScenarioPerson } from './scenario';
import type { TestApp } from './test-app';

export interface ScenarioClient {
  /** The client's roster row (client.id): what coaching operations take. */
  clientId: string;
  /** The client's own account, signed in, or undefined for a lead without one. */
  person: ScenarioPerson;
  /** The coach assigned to them. */
  coach: ScenarioPerson | undefined;
}

export interface CoachingScenario extends PracticeScenario {
  /** Every CLIENT member's roster row, in the order of `clients`, assigned to the coaches in turn. */
  roster: ScenarioClient[];
}

/**
 * A practice (see {@link buildPractice}) whose clients are on the roster and assigned to its coaches in turn
 * (client 1 to coach 1, client 2 to coach 2, …), with the check-in day and zone given. Written as the cluster
 * administrator, so it is fast and needs no mail; the roster rows come from the CLIENT memberships themselves.
 */
export async function buildCoachingPractice(
  t: TestApp,
  spec: PracticeSpec & { checkInDay?: number; clientTimeZone?: string } = {},
): Promise<CoachingScenario> {
  const practice = await buildPractice(t, { coaches: 1, clients: 2, ...spec });
  const coachOf = (index: number) => (practice.coaches.length ? practice.coaches[index % practice.coaches.length] : undefined);
  const rows = await t.db.query<{ id: string; user_id: string }>(
    `update client c
        set coach_user_id = assignment.coach_user_id,
            check_in_day = $3,
            time_zone = coalesce($4, c.time_zone),
            started_on = current_date - 56
       from unnest($2::uuid[], $5::uuid[]) as assignment(user_id, coach_user_id)
      where c.tenant_id = $1 and c.user_id = assignment.user_id
      returning c.id, c.user_id`,
    [
      practice.practiceId,
      practice.clients.map((c) => c.userId),
      spec.checkInDay ?? 5,
      spec.clientTimeZone ?? null,
      practice.clients.map((_, i) => coachOf(i)?.userId ?? null),
    ],
  );
  const idOf = new Map(rows.map((r) => [r.user_id, r.id]));
  const roster = practice.clients.map((person, i) => ({ clientId: idOf.get(person.userId)!, person, coach: coachOf(i) }));
  return { ...practice, roster };
}
