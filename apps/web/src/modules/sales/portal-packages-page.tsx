import { Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useCurrentPractice } from '../auth/auth-provider';
import { PackageCards } from './package-cards';
import { usePublicPackages } from './use-public-packages';

/** /app/portal/packages: the packages a client of the practice can buy, each leading to its checkout. */
export function PortalPackagesPage() {
  usePageTitle('Packages');
  const { practiceSlug, practiceName } = useCurrentPractice();
  const packages = usePublicPackages(practiceSlug);

  return (
    <Container size="md">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Packages</Title>
          <Text c="gray.7">Coaching packages {practiceName} offers. Buying one takes you to Stripe’s secure payment page.</Text>
        </Stack>
        {packages.isPending ? (
          <PageState kind="loading" label="Loading the packages" />
        ) : packages.error ? (
          <PageState kind="error" title="The packages did not load" error={packages.error} onRetry={() => void packages.refetch()} retrying={packages.isRefetching} />
        ) : packages.data.length ? (
          <PackageCards practiceSlug={practiceSlug} packages={packages.data} />
        ) : (
          <Text c="gray.7">{practiceName} has no package on offer right now.</Text>
        )}
      </Stack>
    </Container>
  );
}
