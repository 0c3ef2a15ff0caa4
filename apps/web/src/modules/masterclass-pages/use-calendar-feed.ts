import { graphql, queryKeys } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      active
      createdAt
    }
  }
`);

const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      webcalUrl
    }
  }
`);

const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

/**
 * The signed-in person's private calendar feed. It is theirs across practices, but kept under the selected
 * practice's key like the rest of the portal, so signing out drops it with the rest.
 */
export function useCalendarFeed() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const queryKey = [...queryKeys.tenant(practiceId).all, 'calendar-feed'] as const;
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  return {
    feed: useQuery({ queryKey, queryFn: async ({ signal }) => (await api.request(CalendarFeedQuery, {}, { signal, practiceId })).calendarFeed }),
    create: useMutation({ mutationFn: async () => (await api.request(CreateCalendarFeedMutation, {}, { practiceId })).createCalendarFeed, onSuccess: refresh }),
    revoke: useMutation({ mutationFn: async () => (await api.request(RevokeCalendarFeedMutation, {}, { practiceId })).revokeCalendarFeed, onSuccess: refresh }),
  };
}
