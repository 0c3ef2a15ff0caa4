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
    }
  }
`);

export type PracticeProfile = PublicPracticeProfileFragment;

/** A practice's public profile by slug; `data` is null when no practice has that address. */
export function usePractice(slug: string) {
  return useQuery({
    queryKey: queryKeys.public.practice(slug),
    queryFn: async ({ signal }) => (await graphqlRequest(PublicPracticeQuery, { slug }, { signal })).practice,
  });
}
