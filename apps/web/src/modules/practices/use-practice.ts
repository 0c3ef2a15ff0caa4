import { useQuery } from '@tanstack/react-query';
import { graphql, graphqlRequest, type PublicPracticeProfileFragment, queryKeys } from '@ascend/web/data-access';

graphql(`
  fragment PublicPracticeProfile on PracticeProfile {
    id
    slug
    name
    tagline
    coachName
    coachBio
    timeZone
    photoUrl
    ctaText
    ctaUrl
    socialLinks {
      label
      url
    }
  }
`);

const PublicPracticeQuery = graphql(`
  query PublicPractice($slug: String!) {
    practice(slug: $slug) {
      ...PublicPracticeProfile
      available
    }
  }
`);

export type PracticeProfile = PublicPracticeProfileFragment;

const practiceQuery = (slug: string) => ({
  queryKey: queryKeys.public.practice(slug),
  queryFn: async ({ signal }: { signal: AbortSignal }) => (await graphqlRequest(PublicPracticeQuery, { slug }, { signal })).practice,
});

/**
 * What the practice's landing page shows: its profile, or for a suspended practice only its name with
 * `available: false`; `data` is null when no practice has that address. (A profile saved by its owner is cached
 * without `available`: only `false` means unavailable.)
 */
export function usePracticePage(slug: string) {
  return useQuery(practiceQuery(slug));
}

/** A practice's public profile by slug; `data` is null when no practice has that address or it is unavailable. */
export function usePractice(slug: string) {
  return useQuery({ ...practiceQuery(slug), select: (practice) => (practice?.available === false ? null : practice) });
}
