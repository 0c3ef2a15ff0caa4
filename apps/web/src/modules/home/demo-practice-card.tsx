import { Badge, Button, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { Link } from 'react-router';
import { usePractice } from '../practices/use-practice';
import { DEMO_PRACTICE_SLUG } from './demo-practice';

export function DemoPracticeCard() {
  const { data: practice, error, isPending, isRefetching, refetch } = usePractice(DEMO_PRACTICE_SLUG);

  if (error) {
    return (
      <PageState kind="error" title="The demo practice did not load" error={error} onRetry={() => void refetch()} retrying={isRefetching} />
    );
  }
  return (
    <Card withBorder padding="xl" radius="md">
      {isPending ? (
        <Stack gap="sm" role="status" aria-label="Loading the demo practice" aria-busy>
          <Skeleton height={20} width={110} />
          <Skeleton height={28} width="60%" />
          <Skeleton height={16} width="90%" />
          <Skeleton height={36} width={200} mt="sm" />
        </Stack>
      ) : practice ? (
        <Stack gap="sm" align="flex-start">
          <Badge variant="light">Demo practice</Badge>
          <Title order={3}>{practice.name}</Title>
          <Text c="gray.7">{practice.tagline}</Text>
          <Text size="sm" c="dimmed">
            Coached by {practice.coachName}
          </Text>
          <Button component={Link} to={`/p/${practice.slug}`} mt="sm">
            Visit the practice page
          </Button>
        </Stack>
      ) : (
        <Text c="dimmed">The demo practice is not set up on this server. It appears when the API starts with demo data.</Text>
      )}
    </Card>
  );
}
