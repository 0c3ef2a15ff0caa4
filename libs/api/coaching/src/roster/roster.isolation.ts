import { refusedInA, uniqueEmail } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { notFoundFromBOnAClient } from '../method/method.isolation';
import { addRosterRow } from './roster-scenario';

/** B aims `query` at a lead on A's roster (`$id`), made for the case and removed after it. */
const onLeadOfA = (query: string) =>
  notFoundFromBOnAClient(query, async (t: TestApp, { a }: TenantPair) => {
    const clientId = await addRosterRow(t, a.practiceId, { name: 'Client of A', email: uniqueEmail('a-client'), status: 'LEAD' });
    return { variables: { id: clientId }, clientId };
  });

export const isolationCases: Record<string, IsolationCase> = {
  'Query.clients': refusedInA(`{ clients { totalCount nodes { id email } } }`),
  'Query.client': onLeadOfA(`query($id: ID!) { client(id: $id) { id email } }`),
  'Mutation.updateClient': onLeadOfA(`mutation($id: ID!) { updateClient(input: { clientId: $id, status: ALUMNI }) { id } }`),
  'Mutation.addClient': refusedInA(`mutation { addClient(input: { name: "Spy", email: "spy@example.com", invite: true }) { id } }`),
  'Mutation.inviteClient': onLeadOfA(`mutation($id: ID!) { inviteClient(clientId: $id) { id } }`),
  'Query.previewClientImport': refusedInA(`{ previewClientImport(csv: "name,email\\nSpy,spy@example.com") { row } }`),
  'Mutation.importClients': refusedInA(`mutation { importClients(csv: "name,email\\nSpy,spy@example.com", mode: VALID_ROWS) { added } }`),
  'Query.exportClientsCsv': refusedInA(`{ exportClientsCsv }`),
};
