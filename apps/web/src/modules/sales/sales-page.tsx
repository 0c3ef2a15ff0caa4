import { Container, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import { OfferingsSection } from './offerings-section';
import { PurchasesSection } from './purchases-section';
import { SalesAccountCard } from './sales-account-card';

/** /app/sales: the practice's own Stripe account, the coaching packages it sells, and what it sold. */
export function SalesPage() {
  usePageTitle('Sales');
  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Sales</Title>
          <Text c="gray.7">Coaching packages and paid masterclass seats, paid to your own Stripe account.</Text>
        </Stack>
        <SalesAccountCard />
        <OfferingsSection />
        <PurchasesSection />
      </Stack>
    </Container>
  );
}
