import { type CoachCheckInFieldsFragment, graphql } from '@ascend/web/data-access';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { clientKeys } from './use-client-detail';
import { dashboardKey } from './use-dashboard';

graphql(`
  fragment CoachCheckInFields on CheckIn {
    id
    weekStart
    progress
    energy
    wins
    defaultedToDoing
    declinedOrDelegated
    strategicWork
    impactMadeLegible
    nextCommitments
    late
    submittedAt
    acknowledgedAt
    coachReply
    repliedAt
    repliedByName
  }
`);

const ClientCheckInsQuery = graphql(`
  query ClientCheckIns($clientId: ID!, $after: String) {
    clientCheckIns(clientId: $clientId, first: 12, after: $after) {
      nodes {
        ...CoachCheckInFields
      }
      endCursor
      hasNextPage
    }
  }
`);

const AcknowledgeCheckInMutation = graphql(`
  mutation AcknowledgeCheckIn($id: ID!) {
    acknowledgeCheckIn(id: $id) {
      ...CoachCheckInFields
    }
  }
`);

const ReplyToCheckInMutation = graphql(`
  mutation ReplyToCheckIn($id: ID!, $reply: String!) {
    replyToCheckIn(id: $id, reply: $reply) {
      ...CoachCheckInFields
    }
  }
`);

export type CheckIn = CoachCheckInFieldsFragment;

/** A client's check-ins, newest week first, twelve at a time (the check-in helper's operations). */
export function useClientCheckIns(clientId: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useInfiniteQuery({
    queryKey: clientKeys(practiceId, clientId).checkIns,
    initialPageParam: null as string | null,
    queryFn: async ({ signal, pageParam }) =>
      (await api.request(ClientCheckInsQuery, { clientId, after: pageParam }, { signal, practiceId })).clientCheckIns,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : null),
  });
}

/** Acknowledging and replying; the dashboard's flags change with them, so it is read again too. */
export function useCheckInActions(clientId: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: clientKeys(practiceId, clientId).all });
    await queryClient.invalidateQueries({ queryKey: dashboardKey(practiceId) });
  };
  return {
    acknowledge: useMutation({
      mutationFn: async (id: string) => (await api.request(AcknowledgeCheckInMutation, { id }, { practiceId })).acknowledgeCheckIn,
      onSuccess: refresh,
    }),
    reply: useMutation({
      mutationFn: async (input: { id: string; reply: string }) => (await api.request(ReplyToCheckInMutation, input, { practiceId })).replyToCheckIn,
      onSuccess: refresh,
    }),
  };
}
