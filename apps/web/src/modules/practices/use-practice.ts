import { useQuery } from '@tanstack/react-query';
import { graphql, graphqlRequest, queryKeys } from '@ascend/web/data-access';

const PublicPracticeQuery = graphql(`
  query PublicPractice($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      name
      tagline
      coachName
      coachBio
      timeZone
    }
  }
`);

/** A practice's public profile by slug; `data` is null when no practice has that address. */
export function usePractice(slug: string) {
  return useQuery({
    queryKey: queryKeys.public.practice(slug),
    queryFn: async ({ signal }) => (await graphqlRequest(PublicPracticeQuery, { slug }, { signal })).practice,
  });
}
