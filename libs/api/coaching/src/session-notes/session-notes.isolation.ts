import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { rosterClient } from '../dashboard/dashboard-scenario';
import { notFoundFromBOnAClient } from '../method/method.isolation';

/** A client of tenant A with a session note; the harness removes the client (and the note with it) afterwards. */
async function noteOfA(t: TestApp, { a }: TenantPair) {
  const clientId = await rosterClient(t, a.practiceId);
  const [note] = await t.db.query<{ id: string }>(
    `insert into session_note (tenant_id, client_id, held_on, body) values ($1, $2, current_date, 'Talked about delegation') returning id`,
    [a.practiceId, clientId],
  );
  return { noteId: note.id, clientId };
}

const onNote = (query: string) =>
  notFoundFromBOnAClient(query, async (t, pair) => {
    const { noteId, clientId } = await noteOfA(t, pair);
    return { variables: { id: noteId }, clientId };
  });
const onClient = (query: string) =>
  notFoundFromBOnAClient(query, async (t, pair) => {
    const { clientId } = await noteOfA(t, pair);
    return { variables: { clientId }, clientId };
  });

export const isolationCases: Record<string, IsolationCase> = {
  'Query.sessionNotes': onClient(`query($clientId: ID!) { sessionNotes(clientId: $clientId) { body } }`),
  'Mutation.addSessionNote': onClient(`mutation($clientId: ID!) { addSessionNote(input: { clientId: $clientId, heldOn: "2026-11-20", body: "spy" }) { id } }`),
  'Mutation.updateSessionNote': onNote(`mutation($id: ID!) { updateSessionNote(input: { id: $id, body: "spy" }) { id } }`),
  'Mutation.removeSessionNote': onNote(`mutation($id: ID!) { removeSessionNote(id: $id) }`),
};
