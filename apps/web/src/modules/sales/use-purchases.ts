import { graphql, type SalesPurchaseFieldsFragment, type SalesPurchasesQuery as SalesPurchasesResult } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { salesKey } from './use-sales-account';

graphql(`
  fragment SalesPurchaseFields on Purchase {
    id
    kind
    description
    buyerName
    buyerEmail
    amountCents
    currency
    status
    refundedCents
    createdAt
    paidAt
  }
`);

const SalesPurchasesQuery = graphql(`
  query SalesPurchases($since: DateTime) {
    purchases(since: $since) {
      purchases {
        ...SalesPurchaseFields
      }
      totals {
        currency
        paidCents
        refundedCents
        netCents
        purchases
      }
    }
  }
`);

const RefundPurchaseMutation = graphql(`
  mutation RefundPurchase($id: ID!) {
    refundPurchase(id: $id) {
      ...SalesPurchaseFields
    }
  }
`);

export type SalesPurchase = SalesPurchaseFieldsFragment;
export type SalesTotals = SalesPurchasesResult['purchases']['totals'];

export const SALES_PERIODS = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'all', label: 'All time' },
] as const;

export type SalesPeriod = (typeof SALES_PERIODS)[number]['value'];

/** The start of the period, or null for all time. */
export function sinceOf(period: SalesPeriod, now = new Date()): string | null {
  if (period === 'all') return null;
  return new Date(now.getTime() - Number(period) * 24 * 60 * 60_000).toISOString();
}

function purchasesKey(practiceId: string) {
  return [...salesKey(practiceId), 'purchases'] as const;
}

/** Purchases and totals per currency over the period; keyed by the period, its start taken when the request goes. */
export function usePurchases(period: SalesPeriod) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...purchasesKey(practiceId), period],
    queryFn: async ({ signal }) => (await api.request(SalesPurchasesQuery, { since: sinceOf(period) }, { signal, practiceId })).purchases,
  });
}

/** Refunds what is left of a purchase; every period's list and totals change with it. */
export function useRefundPurchase() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await api.request(RefundPurchaseMutation, { id }, { practiceId })).refundPurchase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasesKey(practiceId) }),
  });
}
