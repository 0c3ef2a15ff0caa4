import {
  graphql,
  type PlanId,
  type PlansQuery as PlansResult,
  type PracticeBillingQuery as PracticeBillingResult,
  type SubscriptionStatus,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { billingKeys } from './billing-keys';
import { stripePages } from './stripe-pages';

graphql(`
  fragment PlanFields on Plan {
    id
    name
    summary
    monthlyPriceCents
    currency
    limits {
      coaches
      activeClients
      subscribers
      emailsPerMonth
      paidOfferings
    }
  }
`);

graphql(`
  fragment PracticeBillingFields on PracticeBilling {
    configured
    missingVariables
    limitsEnforced
    plan {
      ...PlanFields
    }
    subscribedPlan
    status
    trialEndsAt
    renewsAt
    cancelsAt
    graceEndsAt
    readOnly
    usage {
      limit
      label
      used
      allowed
    }
    invoices {
      id
      number
      status
      amountDueCents
      amountPaidCents
      currency
      hostedInvoiceUrl
      invoicePdfUrl
      periodStart
      periodEnd
      createdAt
    }
  }
`);

const PlansQuery = graphql(`
  query Plans {
    plans {
      ...PlanFields
    }
  }
`);

const PracticeBillingQuery = graphql(`
  query PracticeBilling {
    practiceBilling {
      ...PracticeBillingFields
    }
  }
`);

const StartPlanCheckoutMutation = graphql(`
  mutation StartPlanCheckout($plan: PlanId!) {
    startPlanCheckout(plan: $plan) {
      url
    }
  }
`);

const OpenBillingPortalMutation = graphql(`
  mutation OpenBillingPortal {
    openBillingPortal {
      url
    }
  }
`);

const ChangePlanMutation = graphql(`
  mutation ChangePlan($plan: PlanId!) {
    changePlan(plan: $plan) {
      ...PracticeBillingFields
    }
  }
`);

export type Plan = PlansResult['plans'][number];
export type PracticeBilling = PracticeBillingResult['practiceBilling'];
export type BillingInvoice = PracticeBilling['invoices'][number];
export type UsageFigure = PracticeBilling['usage'][number];

const LIVE: readonly SubscriptionStatus[] = ['TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID'];

/** A subscription Stripe still bills (the API's LIVE_SUBSCRIPTION): plan changes go through it, not a new Checkout. */
export function hasLiveSubscription(billing: Pick<PracticeBilling, 'status'>): boolean {
  return LIVE.includes(billing.status);
}

export function usePlans() {
  const api = useApi();
  return useQuery({
    queryKey: billingKeys.plans(),
    queryFn: async ({ signal }) => (await api.request(PlansQuery, {}, { signal, practiceId: null })).plans,
    staleTime: Infinity,
  });
}

/**
 * The practice's billing. While `waitForLive` is set (back from Checkout, the webhook not processed yet) it asks
 * again every 1.5 s until the subscription is live.
 */
export function usePracticeBilling({ waitForLive = false } = {}) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: billingKeys.practiceBilling(practiceId),
    queryFn: async ({ signal }) => (await api.request(PracticeBillingQuery, {}, { signal, practiceId })).practiceBilling,
    refetchInterval: (query) => (waitForLive && !(query.state.data && hasLiveSubscription(query.state.data)) ? 1500 : false),
  });
}

/** Checkout, the portal and plan changes for the practice these hooks were rendered for. */
export function useBillingActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();

  return {
    startCheckout: useMutation({
      mutationFn: async (plan: PlanId) => (await api.request(StartPlanCheckoutMutation, { plan }, { practiceId })).startPlanCheckout,
      onSuccess: ({ url }) => stripePages.open(url),
    }),
    openPortal: useMutation({
      mutationFn: async () => (await api.request(OpenBillingPortalMutation, {}, { practiceId })).openBillingPortal,
      onSuccess: ({ url }) => stripePages.open(url),
    }),
    changePlan: useMutation({
      mutationFn: async (plan: PlanId) => (await api.request(ChangePlanMutation, { plan }, { practiceId })).changePlan,
      onSuccess: async (billing) => {
        queryClient.setQueryData(billingKeys.practiceBilling(practiceId), billing);
        await queryClient.invalidateQueries({ queryKey: billingKeys.standing(practiceId) });
      },
    }),
  };
}
