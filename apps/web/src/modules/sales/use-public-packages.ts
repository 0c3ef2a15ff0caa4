import { type BuyPackageInput, graphql, graphqlRequest, type PublicPackageFieldsFragment, queryKeys } from '@ascend/web/data-access';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from '../auth/auth-provider';
import { stripePages } from '../billing/stripe-pages';

graphql(`
  fragment PublicPackageFields on PublicOffering {
    slug
    title
    descriptionHtml
    priceCents
    currency
    billing
    months
    coachName
  }
`);

const PublicPackagesQuery = graphql(`
  query PublicPackages($practiceSlug: String!) {
    publicOfferings(practiceSlug: $practiceSlug) {
      ...PublicPackageFields
    }
  }
`);

const PublicPackageQuery = graphql(`
  query PublicPackage($practiceSlug: String!, $offeringSlug: String!) {
    publicOffering(practiceSlug: $practiceSlug, offeringSlug: $offeringSlug) {
      ...PublicPackageFields
    }
  }
`);

const BuyPackageMutation = graphql(`
  mutation BuyPackage($input: BuyPackageInput!) {
    buyPackage(input: $input) {
      url
    }
  }
`);

export type PublicPackage = PublicPackageFieldsFragment;

/** Where a practice's public packages live, list and pages alike: saving a package in the app refreshes both. */
export function publicPackagesKey(practiceSlug: string) {
  return [...queryKeys.public.all, 'packages', practiceSlug] as const;
}

/** The packages a practice has on sale. */
export function usePublicPackages(practiceSlug: string) {
  return useQuery({
    queryKey: [...publicPackagesKey(practiceSlug), 'list'],
    queryFn: async ({ signal }) => (await graphqlRequest(PublicPackagesQuery, { practiceSlug }, { signal })).publicOfferings,
  });
}

/** One package as anyone may see it; `data` is null when the practice sells none at this address. */
export function usePublicPackage(practiceSlug: string, offeringSlug: string) {
  return useQuery({
    queryKey: [...publicPackagesKey(practiceSlug), 'page', offeringSlug],
    queryFn: async ({ signal }) => (await graphqlRequest(PublicPackageQuery, { practiceSlug, offeringSlug }, { signal })).publicOffering,
  });
}

/**
 * Opens Stripe Checkout for a package. Sent with the session when there is one (the API then buys for the account,
 * ignoring name and email), as a member of the practice when the buyer is one.
 */
export function useBuyPackage(practiceId: string | null) {
  const api = useApi();
  return useMutation({
    mutationFn: async (input: BuyPackageInput) => (await api.request(BuyPackageMutation, { input }, { practiceId })).buyPackage.url,
    onSuccess: (url) => stripePages.open(url),
  });
}
