import { refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { clientOfA, notFoundFromBOnAClient } from '../method/method.isolation';

/** A check-in of one of tenant A's clients. */
async function checkInOfA(t: TestApp, pair: TenantPair) {
  const { clientId } = await clientOfA(t, pair);
  const [row] = await t.db.query<{ id: string }>(
    `insert into check_in (tenant_id, client_id, week_start, progress, energy) values ($1, $2, date_trunc('week', current_date)::date, 6, 3) returning id`,
    [pair.a.practiceId, clientId],
  );
  return { variables: { id: row.id }, clientId };
}

export const isolationCases: Record<string, IsolationCase> = {
  'Query.myCoaching': refusedInA(`{ myCoaching { clientId } }`),
  'Query.myCheckIns': refusedInA(`{ myCheckIns { nodes { id } } }`),
  'Mutation.submitCheckIn': refusedInA(`mutation { submitCheckIn(input: { progress: 5, energy: 3 }) { id } }`),
  'Query.clientCheckIns': notFoundFromBOnAClient(`query($clientId: ID!) { clientCheckIns(clientId: $clientId) { nodes { id } } }`, async (t, pair) => {
    const { clientId } = await clientOfA(t, pair);
    return { variables: { clientId }, clientId };
  }),
  'Mutation.acknowledgeCheckIn': notFoundFromBOnAClient(`mutation($id: ID!) { acknowledgeCheckIn(id: $id) { id } }`, checkInOfA),
  'Mutation.replyToCheckIn': notFoundFromBOnAClient(`mutation($id: ID!) { replyToCheckIn(id: $id, reply: "Seen from B") { id } }`, checkInOfA),
};
