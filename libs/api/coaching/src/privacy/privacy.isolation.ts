import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { rosterClient } from '../dashboard/dashboard-scenario';
import { notFoundFromBOnAClient } from '../method/method.isolation';

/** A client of A, aimed at by B's owner with the right email: still NOT_FOUND, and nothing of A is erased. */
const onClientOfA = (query: string) =>
  notFoundFromBOnAClient(query, async (t: TestApp, { a }: TenantPair) => {
    const clientId = await rosterClient(t, a.practiceId);
    const [{ email }] = await t.db.query<{ email: string }>('select email from client where id = $1', [clientId]);
    return { variables: { clientId, email }, clientId };
  });

export const isolationCases: Record<string, IsolationCase> = {
  'Mutation.exportClientData': onClientOfA(`mutation($clientId: ID!) { exportClientData(clientId: $clientId) }`),
  'Mutation.eraseClient': onClientOfA(`mutation($clientId: ID!, $email: String!) { eraseClient(clientId: $clientId, confirmEmail: $email) { reference } }`),
};
