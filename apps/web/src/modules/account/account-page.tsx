import { Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { DeleteAccountSection } from './delete-account-section';
import { EmailSection } from './email-section';
import { NameSection } from './name-section';
import { PasswordSection } from './password-section';
import { PracticesSection } from './practices-section';
import { useAccountSettings } from './use-account';

/** /app/account: the signed-in person's own name, address and password, their practices, and their way out. */
export function AccountPage() {
  usePageTitle('Account settings');
  const settings = useAccountSettings();

  return (
    <Container size="sm">
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>Account settings</Title>
          <Text c="gray.7">Your own account, whichever practice you work in.</Text>
        </Stack>
        {settings.isPending ? (
          <PageState kind="loading" label="Loading your account" />
        ) : settings.error ? (
          <PageState kind="error" title="Your account did not load" error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isRefetching} />
        ) : (
          <>
            <NameSection account={settings.data.account} />
            <EmailSection account={settings.data.account} />
            <PasswordSection />
            <PracticesSection memberships={settings.data.memberships} />
            <DeleteAccountSection />
          </>
        )}
      </Stack>
    </Container>
  );
}
