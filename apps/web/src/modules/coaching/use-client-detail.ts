import {
  type AddSessionNoteInput,
  type ClientDetailQuery as ClientDetailResult,
  graphql,
  queryKeys,
  type SessionNoteFieldsFragment,
  type UpdateSessionNoteInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const ClientDetailQuery = graphql(`
  query ClientDetail($clientId: ID!) {
    clientDetail(clientId: $clientId) {
      clientId
      name
      email
      status
      timeZone
      goal {
        statement
        targetDate
      }
      methodStep
      stepsDone
      streakWeeks
      flags
      progressSeries {
        weekStart
        progress
        energy
      }
    }
  }
`);

graphql(`
  fragment SessionNoteFields on SessionNote {
    id
    heldOn
    body
    authorName
    updatedAt
  }
`);

const SessionNotesQuery = graphql(`
  query SessionNotes($clientId: ID!) {
    sessionNotes(clientId: $clientId) {
      ...SessionNoteFields
    }
  }
`);

const AddSessionNoteMutation = graphql(`
  mutation AddSessionNote($input: AddSessionNoteInput!) {
    addSessionNote(input: $input) {
      ...SessionNoteFields
    }
  }
`);

const UpdateSessionNoteMutation = graphql(`
  mutation UpdateSessionNote($input: UpdateSessionNoteInput!) {
    updateSessionNote(input: $input) {
      ...SessionNoteFields
    }
  }
`);

export type ClientDetail = ClientDetailResult['clientDetail'];
export type SessionNote = SessionNoteFieldsFragment;

/** Keys of one client's coach-side data, under the practice so its cache goes with it. */
export function clientKeys(practiceId: string, clientId: string) {
  const all = [...queryKeys.tenant(practiceId).all, 'client', clientId] as const;
  return { all, detail: [...all, 'detail'] as const, notes: [...all, 'session-notes'] as const, checkIns: [...all, 'check-ins'] as const };
}

export function useClientDetail(clientId: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: clientKeys(practiceId, clientId).detail,
    queryFn: async ({ signal }) => (await api.request(ClientDetailQuery, { clientId }, { signal, practiceId })).clientDetail,
  });
}

export function useSessionNotes(clientId: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: clientKeys(practiceId, clientId).notes,
    queryFn: async ({ signal }) => (await api.request(SessionNotesQuery, { clientId }, { signal, practiceId })).sessionNotes,
  });
}

export function useSessionNoteActions(clientId: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientKeys(practiceId, clientId).notes });
  return {
    add: useMutation({
      mutationFn: async (input: AddSessionNoteInput) => (await api.request(AddSessionNoteMutation, { input }, { practiceId })).addSessionNote,
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateSessionNoteInput) => (await api.request(UpdateSessionNoteMutation, { input }, { practiceId })).updateSessionNote,
      onSuccess: refresh,
    }),
  };
}
