import { Container, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import { DemoPracticeCard } from './demo-practice-card';

export function HomePage() {
  usePageTitle('The platform coaching practices run on');
  return (
    <Container size="sm">
      <Stack gap="lg">
        <Title order={1}>The platform coaching practices run on</Title>
        <Text size="lg" c="gray.7" lh={1.7}>
          Ascend gives a coaching practice one home for its work. Clients move through a five-step method, from
          noticing their patterns to committing to one bold goal for the year, and report back in a short weekly
          check-in their coach sees at a glance. Around that sit the practice&apos;s masterclasses, articles and
          newsletter, and the billing that keeps it running.
        </Text>
      </Stack>
      <Stack gap="md" mt={48}>
        <Title order={2} size="h3">
          See a practice on Ascend
        </Title>
        <DemoPracticeCard />
      </Stack>
    </Container>
  );
}
