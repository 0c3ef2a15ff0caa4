import { graphql, type PracticeStandingQuery as PracticeStandingResult } from '@ascend/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { billingKeys } from './billing-keys';

const PracticeStandingQuery = graphql(`
  query PracticeStanding {
    practiceStanding {
      plan
      status
      trialEndsAt
      graceEndsAt
      readOnly
      suspended
      suspendedReason
    }
  }
`);

export type PracticeStanding = PracticeStandingResult['practiceStanding'];

/**
 * What every member's banner needs. Cheap to answer, so it is asked again whenever the window regains focus: a
 * card updated in Stripe's portal in another tab shows here on return.
 */
export function usePracticeStanding() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: billingKeys.standing(practiceId),
    queryFn: async ({ signal }) => (await api.request(PracticeStandingQuery, {}, { signal, practiceId })).practiceStanding,
    refetchOnWindowFocus: 'always',
  });
}
