import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { lengthText, priceText } from './sales-text';
import type { PublicPackage } from './use-public-packages';

/** A practice's packages as cards, each leading to its page and checkout. */
export function PackageCards({ practiceSlug, packages }: { practiceSlug: string; packages: PublicPackage[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {packages.map((offering) => (
        <Card key={offering.slug} component="article" withBorder padding="lg" aria-labelledby={`package-${offering.slug}`}>
          <Stack gap="xs" align="flex-start" h="100%">
            <Title order={2} size="h3" id={`package-${offering.slug}`}>
              {offering.title}
            </Title>
            <Text fw={600}>{priceText(offering)}</Text>
            <Text size="sm" c="gray.7">
              {[offering.billing === 'ONE_TIME' ? lengthText(offering.months) : null, offering.coachName ? `With ${offering.coachName}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Button component={Link} to={`/p/${practiceSlug}/packages/${offering.slug}`} variant="light" mt="auto" aria-label={`See ${offering.title}`}>
              See the package
            </Button>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
