import { refusedInA } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';
import { notFoundFromBOnAClient } from '../method/method.isolation';
import { rosterClient } from './dashboard-scenario';

export const isolationCases: Record<string, IsolationCase> = {
  'Query.coachDashboard': refusedInA(`{ coachDashboard { clientId name } }`),
  'Query.clientDetail': notFoundFromBOnAClient(`query($clientId: ID!) { clientDetail(clientId: $clientId) { name } }`, async (t, { a }) => {
    const clientId = await rosterClient(t, a.practiceId);
    return { variables: { clientId }, clientId };
  }),
};
