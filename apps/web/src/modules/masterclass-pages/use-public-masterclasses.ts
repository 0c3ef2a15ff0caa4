import { graphql, graphqlRequest, type PublicMasterclassFieldsFragment, queryKeys } from '@ascend/web/data-access';
import { useQuery } from '@tanstack/react-query';

graphql(`
  fragment PublicMasterclassFields on PublicMasterclass {
    id
    slug
    practiceSlug
    practiceName
    title
    descriptionHtml
    startsAt
    endsAt
    durationMinutes
    timeZone
    seatsLeft
    price {
      amountCents
      currency
    }
    registrationDeadline
    registrationOpen
    status
    hostName
  }
`);

const UpcomingMasterclassesQuery = graphql(`
  query UpcomingMasterclasses($practiceSlug: String!) {
    publicMasterclasses(practiceSlug: $practiceSlug) {
      ...PublicMasterclassFields
    }
  }
`);

const PublicMasterclassPageQuery = graphql(`
  query PublicMasterclassPage($practiceSlug: String!, $slug: String!) {
    publicMasterclass(practiceSlug: $practiceSlug, slug: $slug) {
      ...PublicMasterclassFields
    }
  }
`);

export type PublicMasterclass = PublicMasterclassFieldsFragment;

/** Where a practice's public masterclasses live, list and pages alike: registering refreshes the seats left in both. */
export function publicMasterclassesKey(practiceSlug: string) {
  return [...queryKeys.public.all, 'masterclasses', practiceSlug] as const;
}

/** A practice's published masterclasses that have not ended, soonest first. */
export function useUpcomingMasterclasses(practiceSlug: string) {
  return useQuery({
    queryKey: [...publicMasterclassesKey(practiceSlug), 'upcoming'],
    queryFn: async ({ signal }) => (await graphqlRequest(UpcomingMasterclassesQuery, { practiceSlug }, { signal })).publicMasterclasses,
  });
}

/** One masterclass as anyone may see it; `data` is null when the practice has none at this address. */
export function usePublicMasterclass(practiceSlug: string, slug: string) {
  return useQuery({
    queryKey: [...publicMasterclassesKey(practiceSlug), 'page', slug],
    queryFn: async ({ signal }) => (await graphqlRequest(PublicMasterclassPageQuery, { practiceSlug, slug }, { signal })).publicMasterclass,
  });
}
