import { graphql, type OperatorPracticeFieldsFragment } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../auth/auth-provider';

graphql(`
  fragment OperatorPracticeFields on OperatorPractice {
    id
    slug
    name
    createdAt
    plan
    status
    trialEndsAt
    mrrCents
    suspended
    suspendedReason
    coaches
    activeClients
    subscribers
    emailsThisMonth
  }
`);

const OperatorPracticesQuery = graphql(`
  query OperatorPractices {
    operatorPractices {
      ...OperatorPracticeFields
    }
  }
`);

const OperatorTotalsQuery = graphql(`
  query OperatorTotals($days: Int) {
    operatorTotals(days: $days) {
      mrrCents
      activePractices
      payingPractices
      trialingPractices
      suspendedPractices
      churnedPractices
      churnRate
      periodDays
      mrrHistory {
        month
        mrrCents
        payingPractices
      }
    }
  }
`);

const OperatorAuditQuery = graphql(`
  query OperatorAudit($limit: Int) {
    operatorAudit(limit: $limit) {
      id
      action
      actorEmail
      practiceId
      practiceName
      detail
      createdAt
    }
  }
`);

const BillingAlertsQuery = graphql(`
  query BillingAlerts($limit: Int) {
    billingAlerts(limit: $limit) {
      eventId
      type
      outcome
      error
      receivedAt
    }
  }
`);

const SuspendPracticeMutation = graphql(`
  mutation SuspendPractice($practiceId: ID!, $reason: String!) {
    suspendPractice(practiceId: $practiceId, reason: $reason) {
      ...OperatorPracticeFields
    }
  }
`);

const ReactivatePracticeMutation = graphql(`
  mutation ReactivatePractice($practiceId: ID!) {
    reactivatePractice(practiceId: $practiceId) {
      ...OperatorPracticeFields
    }
  }
`);

export type OperatorPractice = OperatorPracticeFieldsFragment;

/**
 * The console's cache keys. Operator data belongs to no practice, so it has no place under a practice's keys
 * (queryKeys.tenant); it is private all the same (not 'public'), so signing out drops it.
 */
const operatorKeys = {
  all: ['operator'] as const,
  practices: () => ['operator', 'practices'] as const,
  totals: (days: number) => ['operator', 'totals', days] as const,
  audit: (limit: number) => ['operator', 'audit', limit] as const,
  alerts: (limit: number) => ['operator', 'alerts', limit] as const,
};

/** How many audit entries and alerts the console lists. */
export const RECENT = 50;

// Operator operations act on no practice: sent without one, whichever the operator has selected.
const noPractice = { practiceId: null };

export function useOperatorPractices() {
  const api = useApi();
  return useQuery({
    queryKey: operatorKeys.practices(),
    queryFn: async ({ signal }) => (await api.request(OperatorPracticesQuery, {}, { signal, ...noPractice })).operatorPractices,
  });
}

export function useOperatorTotals(days: number) {
  const api = useApi();
  return useQuery({
    queryKey: operatorKeys.totals(days),
    queryFn: async ({ signal }) => (await api.request(OperatorTotalsQuery, { days }, { signal, ...noPractice })).operatorTotals,
    // The previous period's figures stay on screen while another period loads.
    placeholderData: (previous) => previous,
  });
}

export function useOperatorAudit() {
  const api = useApi();
  return useQuery({
    queryKey: operatorKeys.audit(RECENT),
    queryFn: async ({ signal }) => (await api.request(OperatorAuditQuery, { limit: RECENT }, { signal, ...noPractice })).operatorAudit,
  });
}

export function useBillingAlerts() {
  const api = useApi();
  return useQuery({
    queryKey: operatorKeys.alerts(RECENT),
    queryFn: async ({ signal }) => (await api.request(BillingAlertsQuery, { limit: RECENT }, { signal, ...noPractice })).billingAlerts,
  });
}

/** Suspending and reactivating: each changes the practice's row, the totals and the audit list, so all are refetched. */
export function useSuspension() {
  const api = useApi();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: operatorKeys.all });
  const suspend = useMutation({
    mutationFn: async ({ practiceId, reason }: { practiceId: string; reason: string }) =>
      (await api.request(SuspendPracticeMutation, { practiceId, reason }, noPractice)).suspendPractice,
    onSuccess,
  });
  const reactivate = useMutation({
    mutationFn: async (practiceId: string) => (await api.request(ReactivatePracticeMutation, { practiceId }, noPractice)).reactivatePractice,
    onSuccess,
  });
  return { suspend, reactivate };
}
