import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

/** A client of tenant A with a step of each kind: what B aims at. */
export async function clientOfA(t: TestApp, { a }: TenantPair): Promise<{ clientId: string; noteId: string; goalId: string }> {
  const [client] = await t.db.query<{ id: string }>(
    `insert into client (tenant_id, name, email, time_zone) values ($1, 'Ada Apex', 'ada-' || gen_random_uuid() || '@example.com', 'Europe/London') returning id`,
    [a.practiceId],
  );
  const [note] = await t.db.query<{ id: string }>(`insert into awareness_note (tenant_id, client_id, kind, body) values ($1, $2, 'PATTERN', 'Rescues') returning id`, [
    a.practiceId,
    client.id,
  ]);
  const [goal] = await t.db.query<{ id: string }>(`insert into goal (tenant_id, client_id, statement, target_date) values ($1, $2, 'Lead', current_date + 90) returning id`, [
    a.practiceId,
    client.id,
  ]);
  return { clientId: client.id, noteId: note.id, goalId: goal.id };
}

/** B aims `query` at records of a client that A is given for this case (`make` returns the variables): NOT_FOUND. */
export function notFoundFromBOnAClient(
  query: string,
  make: (t: TestApp, pair: TenantPair) => Promise<{ variables: Record<string, unknown> }>,
): IsolationCase {
  return notFoundFromB(query, async (t, pair) => (await make(t, pair)).variables);
}

const GOAL = `{ statement: "Take A's goal", targetDate: "2099-01-01" }`;

export const isolationCases: Record<string, IsolationCase> = {
  'Query.myMethod': refusedInA(`{ myMethod { clientId } }`),
  'Query.clientMethod': notFoundFromBOnAClient(`query($clientId: ID!) { clientMethod(clientId: $clientId) { clientId } }`, async (t, pair) => {
    const { clientId } = await clientOfA(t, pair);
    return { variables: { clientId }, clientId };
  }),
  'Mutation.addAwarenessNote': refusedInA(`mutation { addAwarenessNote(input: { kind: PATTERN, body: "spy" }) { id } }`),
  'Mutation.updateAwarenessNote': refusedInA(`mutation($id: ID!) { updateAwarenessNote(input: { id: $id, kind: PATTERN, body: "spy" }) { id } }`, {
    id: '00000000-0000-4000-8000-000000000000',
  }),
  'Mutation.removeAwarenessNote': refusedInA(`mutation { removeAwarenessNote(id: "00000000-0000-4000-8000-000000000000") }`),
  'Mutation.makeDecision': refusedInA(`mutation { makeDecision(input: { commitment: "spy", decidedOn: "2026-01-01" }) { id } }`),
  'Mutation.setGoal': refusedInA(`mutation { setGoal(input: ${GOAL}) { id } }`),
  'Mutation.updateGoal': refusedInA(`mutation { updateGoal(input: ${GOAL}) { id } }`),
  'Mutation.closeGoal': refusedInA(`mutation { closeGoal(id: "00000000-0000-4000-8000-000000000000", status: ABANDONED) { id } }`),
  'Mutation.setFutureSelf': refusedInA(`mutation { setFutureSelf(input: { statement: "spy" }) { id } }`),
  'Mutation.setUpAccountability': refusedInA(`mutation { setUpAccountability(input: { checkInDay: 1, timeZone: "UTC" }) { checkInDay } }`),
};
