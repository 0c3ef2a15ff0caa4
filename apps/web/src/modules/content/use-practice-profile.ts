import { graphql, type PracticeProfileInput, queryKeys } from '@ascend/web/data-access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const UpdatePracticeProfileMutation = graphql(`
  mutation UpdatePracticeProfile($input: PracticeProfileInput!) {
    updatePracticeProfile(input: $input) {
      ...PublicPracticeProfile
    }
  }
`);

/** Saves the practice's public profile; its public page and site show the change at once. */
export function useUpdatePracticeProfile() {
  const { practiceId, practiceSlug } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PracticeProfileInput) => (await api.request(UpdatePracticeProfileMutation, { input }, { practiceId })).updatePracticeProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.public.practice(practiceSlug), profile);
      return queryClient.invalidateQueries({ queryKey: queryKeys.public.site(practiceSlug) });
    },
  });
}
