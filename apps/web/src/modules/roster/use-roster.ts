import {
  type AddClientInput,
  type ClientFilter,
  type ClientImportMode,
  type ClientSort,
  graphql,
  queryKeys,
  type RosterPageQuery as RosterPageResult,
  type UpdateClientInput,
} from '@ascend/web/data-access';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment RosterClient on Client {
    id
    name
    email
    status
    tags
    startedOn
    checkInDay
    timeZone
    source
    hasAccount
    invitationPending
    coach {
      id
      name
    }
  }
`);

const RosterPageQuery = graphql(`
  query RosterPage($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {
    clients(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RosterClient
      }
    }
  }
`);

const AddClientMutation = graphql(`
  mutation AddClient($input: AddClientInput!) {
    addClient(input: $input) {
      ...RosterClient
    }
  }
`);

const UpdateClientMutation = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      ...RosterClient
    }
  }
`);

const InviteClientMutation = graphql(`
  mutation InviteClient($clientId: ID!) {
    inviteClient(clientId: $clientId) {
      ...RosterClient
    }
  }
`);

const ExportClientsQuery = graphql(`
  query ExportClients($filter: ClientFilter) {
    exportClientsCsv(filter: $filter)
  }
`);

const PreviewClientImportQuery = graphql(`
  query PreviewClientImport($csv: String!) {
    previewClientImport(csv: $csv) {
      row
      name
      email
      status
      tags
      coachEmail
      problems {
        column
        message
      }
    }
  }
`);

const ImportClientsMutation = graphql(`
  mutation ImportClients($csv: String!, $mode: ClientImportMode!) {
    importClients(csv: $csv, mode: $mode) {
      added
      skipped {
        row
        email
        problems {
          column
          message
        }
      }
    }
  }
`);

export type RosterClient = RosterPageResult['clients']['nodes'][number];

export const PAGE_SIZE = 25;

/** Every roster query of the practice starts with this key, so a change refreshes them all. */
function rosterKey(practiceId: string) {
  return [...queryKeys.tenant(practiceId).all, 'roster'] as const;
}

/** The roster a page at a time ("Load more" fetches the next with the last cursor). */
export function useRoster(filter: ClientFilter, sort: ClientSort) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [...rosterKey(practiceId), filter, sort],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) =>
      (await api.request(RosterPageQuery, { filter, sort, first: PAGE_SIZE, after: pageParam }, { signal, practiceId })).clients,
    getNextPageParam: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
  });
}

/** Adding, changing and inviting clients; each refreshes the roster. */
export function useRosterActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: rosterKey(practiceId) });
  return {
    add: useMutation({
      mutationFn: async (input: AddClientInput) => (await api.request(AddClientMutation, { input }, { practiceId })).addClient,
      onSuccess,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateClientInput) => (await api.request(UpdateClientMutation, { input }, { practiceId })).updateClient,
      onSuccess,
    }),
    invite: useMutation({
      mutationFn: async (clientId: string) => (await api.request(InviteClientMutation, { clientId }, { practiceId })).inviteClient,
      onSuccess,
    }),
    exportCsv: useMutation({
      mutationFn: async (filter: ClientFilter) => (await api.request(ExportClientsQuery, { filter }, { practiceId })).exportClientsCsv,
    }),
  };
}

/** Reading a CSV (nothing written) and importing it. */
export function useClientImport() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  return {
    preview: useMutation({
      mutationFn: async (csv: string) => (await api.request(PreviewClientImportQuery, { csv }, { practiceId })).previewClientImport,
    }),
    importChunk: (csv: string, mode: ClientImportMode) => api.request(ImportClientsMutation, { csv, mode }, { practiceId }).then((r) => r.importClients),
    refreshRoster: () => queryClient.invalidateQueries({ queryKey: rosterKey(practiceId) }),
  };
}
