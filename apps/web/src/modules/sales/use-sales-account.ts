import { graphql, graphqlRequest, queryKeys } from '@ascend/web/data-access';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { stripePages } from '../billing/stripe-pages';

const SalesAccountQuery = graphql(`
  query SalesAccount {
    salesAccount {
      connected
      chargesEnabled
      billingConfigured
      paidOfferingsAllowed
    }
  }
`);

const PaidOfferingPlansQuery = graphql(`
  query PaidOfferingPlans {
    plans {
      id
      name
      monthlyPriceCents
      limits {
        paidOfferings
      }
    }
  }
`);

const ConnectStripeAccountMutation = graphql(`
  mutation ConnectStripeAccount {
    connectStripeAccount {
      url
    }
  }
`);

/** Every query of the practice's sales (account, packages, purchases): one change refreshes them all. */
export function salesKey(practiceId: string) {
  return [...queryKeys.tenant(practiceId).all, 'sales'] as const;
}

/** Whether the practice can sell: billing on this server, a plan with paid offerings, a Stripe account taking payments. */
export function useSalesAccount() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...salesKey(practiceId), 'account'],
    queryFn: async ({ signal }) => (await api.request(SalesAccountQuery, {}, { signal, practiceId })).salesAccount,
  });
}

/** The cheapest plan that includes paid offerings, to name it to a practice whose plan does not. */
export function usePlanWithPaidOfferings() {
  return useQuery({
    // Below the billing page's plans key, not on it: that list holds more fields of each plan than this one asks for.
    queryKey: [...queryKeys.public.all, 'plans', 'paid-offerings'],
    queryFn: async ({ signal }) => (await graphqlRequest(PaidOfferingPlansQuery, {}, { signal })).plans,
    select: (plans) => plans.filter((plan) => plan.limits.paidOfferings).sort((a, b) => a.monthlyPriceCents - b.monthlyPriceCents)[0] ?? null,
  });
}

/** Opens Stripe's onboarding for the practice's own account: first connecting it, or finishing what is missing. */
export function useConnectStripeAccount() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useMutation({
    mutationFn: async () => (await api.request(ConnectStripeAccountMutation, {}, { practiceId })).connectStripeAccount.url,
    onSuccess: (url) => stripePages.open(url),
  });
}
