import {
  graphql,
  queryKeys,
  type SubscriberFilter,
  type SubscribersQuery as SubscribersResult,
  type SubscriberStatus,
} from '@ascend/web/data-access';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment SubscriberCountFields on SubscriberCounts {
    pending
    subscribed
    unsubscribed
    bounced
    complained
  }
`);

graphql(`
  fragment CoachSubscriber on Subscriber {
    id
    email
    name
    status
    source
    consentAt
    consentText
    consentSource
    consentIp
    confirmedAt
    unsubscribedAt
    createdAt
  }
`);

const SubscribersQuery = graphql(`
  query Subscribers($filter: SubscriberFilter) {
    subscribers(filter: $filter) {
      total
      counts {
        ...SubscriberCountFields
      }
      subscribers {
        ...CoachSubscriber
      }
    }
  }
`);

const SubscriberCountsQuery = graphql(`
  query SubscriberCounts {
    subscribers(filter: { limit: 1 }) {
      counts {
        ...SubscriberCountFields
      }
    }
  }
`);

const SubscribersCsvQuery = graphql(`
  query SubscribersCsv($status: SubscriberStatus) {
    subscribersCsv(status: $status)
  }
`);

const UnsubscribeSubscriberMutation = graphql(`
  mutation UnsubscribeSubscriber($id: ID!) {
    unsubscribeSubscriber(id: $id) {
      ...CoachSubscriber
    }
  }
`);

const DeleteSubscriberMutation = graphql(`
  mutation DeleteSubscriber($id: ID!) {
    deleteSubscriber(id: $id)
  }
`);

export type CoachSubscriber = SubscribersResult['subscribers']['subscribers'][number];
export type SubscriberCounts = SubscribersResult['subscribers']['counts'];

export const SUBSCRIBERS_PAGE_SIZE = 50;

/** One page of subscribers for the filter, with the counts per status; the page shown stays while the next loads. */
export function useSubscribers(filter: SubscriberFilter) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).subscriberList(filter),
    queryFn: async ({ signal }) => (await api.request(SubscribersQuery, { filter }, { signal, practiceId })).subscribers,
    placeholderData: keepPreviousData,
  });
}

/** How many subscribers are in each status: who an issue sent now would reach. */
export function useSubscriberCounts() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).subscriberList('counts'),
    queryFn: async ({ signal }) => (await api.request(SubscriberCountsQuery, {}, { signal, practiceId })).subscribers.counts,
  });
}

/** Unsubscribing and erasing one subscriber, and the CSV export; every newsletter view is refreshed after a change. */
export function useSubscriberActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: queryKeys.tenant(practiceId).newsletter() });
  return {
    unsubscribe: useMutation({
      mutationFn: async (id: string) => (await api.request(UnsubscribeSubscriberMutation, { id }, { practiceId })).unsubscribeSubscriber,
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => (await api.request(DeleteSubscriberMutation, { id }, { practiceId })).deleteSubscriber,
      onSuccess,
    }),
    exportCsv: useMutation({
      mutationFn: async (status: SubscriberStatus | null) => (await api.request(SubscribersCsvQuery, { status }, { practiceId })).subscribersCsv,
    }),
  };
}
