import { graphql, type NewsletterSettingsInput, queryKeys } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const NewsletterSettingsQuery = graphql(`
  query NewsletterSettings {
    newsletterSettings {
      weeklyEnabled
      weeklyWeekday
    }
  }
`);

const UpdateNewsletterSettingsMutation = graphql(`
  mutation UpdateNewsletterSettings($input: NewsletterSettingsInput!) {
    updateNewsletterSettings(input: $input) {
      weeklyEnabled
      weeklyWeekday
    }
  }
`);

/** Whether the weekly insights issue is drafted, and on which day of the practice's week. */
export function useNewsletterSettings() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.tenant(practiceId).newsletterSettings();
  return {
    settings: useQuery({
      queryKey: key,
      queryFn: async ({ signal }) => (await api.request(NewsletterSettingsQuery, {}, { signal, practiceId })).newsletterSettings,
    }),
    update: useMutation({
      mutationFn: async (input: NewsletterSettingsInput) => (await api.request(UpdateNewsletterSettingsMutation, { input }, { practiceId })).updateNewsletterSettings,
      onSuccess: (saved) => queryClient.setQueryData(key, saved),
    }),
  };
}
