import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useCurrentPractice } from '../auth/auth-provider';
import { usePractice } from '../practices/use-practice';
import { SiteSettingsForm } from './site-settings-form';
import { valuesOf } from './site-settings-values';
import { useUpdatePracticeProfile } from './use-practice-profile';

/** /app/site: the practice's public profile, which its page, articles and newsletter show. */
export function SiteSettingsPage() {
  usePageTitle('Public site');
  const { practiceSlug } = useCurrentPractice();
  const profile = usePractice(practiceSlug);
  const update = useUpdatePracticeProfile();

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Public site</Title>
          <Text c="gray.7">
            What visitors see on{' '}
            <Anchor href={`/p/${practiceSlug}`} target="_blank" rel="noopener">
              your public page
            </Anchor>
            , beside your articles and in your newsletter.
          </Text>
        </Stack>
        {profile.isPending ? (
          <PageState kind="loading" label="Loading the profile" />
        ) : profile.error || !profile.data ? (
          <PageState
            kind="error"
            title="The profile did not load"
            error={profile.error ?? new Error(`No practice at /p/${practiceSlug}.`)}
            onRetry={() => void profile.refetch()}
            retrying={profile.isRefetching}
          />
        ) : (
          <SiteSettingsForm
            // The form keeps what is typed; a new one only if the profile of another practice opens.
            key={profile.data.id}
            initial={valuesOf(profile.data)}
            error={update.error}
            saving={update.isPending}
            saved={update.isSuccess}
            onSubmit={(input) => update.mutate(input)}
          />
        )}
      </Stack>
    </Container>
  );
}
