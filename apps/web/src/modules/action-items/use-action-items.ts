import {
  type ActionItemFieldsFragment,
  type AddActionItemInput,
  graphql,
  queryKeys,
  type UpdateActionItemInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment ActionItemFields on ActionItem {
    id
    clientId
    title
    owner
    dueOn
    status
    createdByName
    completedAt
  }
`);

const MyActionItemsQuery = graphql(`
  query MyActionItems {
    myActionItems {
      ...ActionItemFields
    }
  }
`);

const ClientActionItemsQuery = graphql(`
  query ClientActionItems($clientId: ID!) {
    actionItems(clientId: $clientId) {
      ...ActionItemFields
    }
  }
`);

const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export type ActionItem = ActionItemFieldsFragment;

/** Whose list: the signed-in client's own ('mine'), or one client's as their coach sees it. */
export type ActionItemList = { mine: true } | { clientId: string };

function listKey(practiceId: string, list: ActionItemList) {
  return [...queryKeys.tenant(practiceId).all, 'action-items', 'mine' in list ? 'mine' : list.clientId] as const;
}

export function useActionItems(list: ActionItemList) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: listKey(practiceId, list),
    queryFn: async ({ signal }) =>
      'mine' in list
        ? (await api.request(MyActionItemsQuery, {}, { signal, practiceId })).myActionItems
        : (await api.request(ClientActionItemsQuery, { clientId: list.clientId }, { signal, practiceId })).actionItems,
  });
}

/** Adding and changing items of one list; the list is read again after each change, so its order stays the server's. */
export function useActionItemActions(list: ActionItemList) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: listKey(practiceId, list) });
  return {
    add: useMutation({
      mutationFn: async (input: AddActionItemInput) => (await api.request(AddActionItemMutation, { input }, { practiceId })).addActionItem,
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateActionItemInput) => (await api.request(UpdateActionItemMutation, { input }, { practiceId })).updateActionItem,
      onSuccess: refresh,
    }),
  };
}
