import { refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { rosterClient } from '../dashboard/dashboard-scenario';
import { notFoundFromBOnAClient } from '../method/method.isolation';

/** A client of tenant A with an action item; the harness removes the client (and the item with it) afterwards. */
async function itemOfA(t: TestApp, { a }: TenantPair) {
  const clientId = await rosterClient(t, a.practiceId);
  const [item] = await t.db.query<{ id: string }>(
    `insert into action_item (tenant_id, client_id, title, owner) values ($1, $2, 'Delegate the budget review', 'CLIENT') returning id`,
    [a.practiceId, clientId],
  );
  return { itemId: item.id, clientId };
}

const onClient = (query: string) =>
  notFoundFromBOnAClient(query, async (t, pair) => {
    const { clientId } = await itemOfA(t, pair);
    return { variables: { clientId }, clientId };
  });

export const isolationCases: Record<string, IsolationCase> = {
  'Query.actionItems': onClient(`query($clientId: ID!) { actionItems(clientId: $clientId) { title } }`),
  'Query.myActionItems': refusedInA(`{ myActionItems { title } }`),
  'Mutation.addActionItem': onClient(`mutation($clientId: ID!) { addActionItem(input: { clientId: $clientId, title: "spy", owner: COACH }) { id } }`),
  'Mutation.updateActionItem': notFoundFromBOnAClient(
    `mutation($id: ID!) { updateActionItem(input: { id: $id, status: DROPPED }) { id } }`,
    async (t, pair) => {
      const { itemId, clientId } = await itemOfA(t, pair);
      return { variables: { id: itemId }, clientId };
    },
  ),
};
