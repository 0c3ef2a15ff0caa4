import { type CreateOfferingInput, graphql, type SalesOfferingFieldsFragment, type UpdateOfferingInput } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { publicPackagesKey } from './use-public-packages';
import { salesKey } from './use-sales-account';

graphql(`
  fragment SalesOfferingFields on Offering {
    id
    slug
    title
    description
    priceCents
    currency
    billing
    months
    coachUserId
    coachName
    active
    createdAt
  }
`);

const SalesOfferingsQuery = graphql(`
  query SalesOfferings {
    offerings {
      ...SalesOfferingFields
    }
  }
`);

const CreateOfferingMutation = graphql(`
  mutation CreateOffering($input: CreateOfferingInput!) {
    createOffering(input: $input) {
      ...SalesOfferingFields
    }
  }
`);

const UpdateOfferingMutation = graphql(`
  mutation UpdateOffering($input: UpdateOfferingInput!) {
    updateOffering(input: $input) {
      ...SalesOfferingFields
    }
  }
`);

export type SalesOffering = SalesOfferingFieldsFragment;

function offeringsKey(practiceId: string) {
  return [...salesKey(practiceId), 'offerings'] as const;
}

/** The practice's packages, on sale or not. */
export function useOfferings() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: offeringsKey(practiceId),
    queryFn: async ({ signal }) => (await api.request(SalesOfferingsQuery, {}, { signal, practiceId })).offerings,
  });
}

/** After a saved package: the list here and the practice's public package pages. */
function useRefreshOfferings() {
  const { practiceId, practiceSlug } = useCurrentPractice();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: offeringsKey(practiceId) }),
      queryClient.invalidateQueries({ queryKey: publicPackagesKey(practiceSlug) }),
    ]);
}

export function useCreateOffering() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const refresh = useRefreshOfferings();
  return useMutation({
    mutationFn: async (input: CreateOfferingInput) => (await api.request(CreateOfferingMutation, { input }, { practiceId })).createOffering,
    onSuccess: refresh,
  });
}

/** One per form or row, so a row's switch shows its own save and its own failure. */
export function useUpdateOffering() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshOfferings();
  return useMutation({
    mutationFn: async (input: UpdateOfferingInput) => (await api.request(UpdateOfferingMutation, { input }, { practiceId })).updateOffering,
    onSuccess: (saved) => {
      queryClient.setQueryData<SalesOffering[]>(offeringsKey(practiceId), (list) => list?.map((offering) => (offering.id === saved.id ? saved : offering)));
      return refresh();
    },
  });
}
