import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import { Link, useParams } from 'react-router';
import { NothingHere, QueryState } from '../masterclass-pages/page-parts';
import { PackageCards } from './package-cards';
import { usePublicPackages } from './use-public-packages';

/** /p/:slug/packages: the coaching packages a practice has on sale. */
export function PackagesPage() {
  const { slug = '' } = useParams();
  const query = usePublicPackages(slug);
  usePageTitle('Coaching packages');

  if (!query.data) return <QueryState query={query} loading="Loading the packages" failed="We could not load the packages" />;
  if (!query.data.length) {
    return (
      <NothingHere
        title="No packages on offer right now"
        description="This practice sells no coaching package at the moment. Its page shows what it offers."
        practiceSlug={slug}
        back="See the practice’s page"
      />
    );
  }
  return (
    <Container size="md">
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>Coaching packages</Title>
          <Text c="gray.7">Pick a package, pay securely on Stripe’s page, and your coach gets in touch to start.</Text>
        </Stack>
        <PackageCards practiceSlug={slug} packages={query.data} />
        <Button component={Link} to={`/p/${slug}`} variant="subtle" px={0} style={{ alignSelf: 'flex-start' }}>
          Back to the practice’s page
        </Button>
      </Stack>
    </Container>
  );
}
