import { Badge, Blockquote, Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatDay, PageState, usePageTitle } from '@ascend/web/ui';
import { Link } from 'react-router';
import { type PortalCheckIn, useMyCheckIns } from './use-portal';

const ANSWERS: { name: keyof PortalCheckIn; label: string }[] = [
  { name: 'wins', label: 'Wins' },
  { name: 'defaultedToDoing', label: 'Defaulted to doing' },
  { name: 'declinedOrDelegated', label: 'Declined or delegated' },
  { name: 'strategicWork', label: 'Strategic work' },
  { name: 'impactMadeLegible', label: 'Impact made legible' },
  { name: 'nextCommitments', label: 'Commitments for next week' },
];

/** /app/portal/history: every check-in, newest week first, with the coach's replies. */
export function HistoryPage() {
  usePageTitle('Your check-ins');
  const checkIns = useMyCheckIns();

  if (checkIns.isPending) return <PageState kind="loading" label="Loading your check-ins" />;
  if (checkIns.isError) return <PageState kind="error" title="Your check-ins could not be loaded" error={checkIns.error} onRetry={() => checkIns.refetch()} retrying={checkIns.isFetching} />;
  if (!checkIns.data.nodes.length) {
    return (
      <PageState
        kind="empty"
        title="No check-ins yet"
        description="Each week you report back on your progress, what you led and what you declined. Your coach’s replies appear here."
        action={
          <Button component={Link} to="/app/portal/check-in">
            Check in now
          </Button>
        }
      />
    );
  }
  return (
    <Container size="md">
      <Title order={1} mb="lg">
        Your check-ins
      </Title>
      <Stack gap="lg">
        {checkIns.data.nodes.map((checkIn) => (
          <CheckInCard key={checkIn.id} checkIn={checkIn} />
        ))}
      </Stack>
    </Container>
  );
}

function CheckInCard({ checkIn }: { checkIn: PortalCheckIn }) {
  const id = `check-in-${checkIn.weekStart}`;
  return (
    <Paper component="article" aria-labelledby={id} withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={id}>
            Week of {formatDay(checkIn.weekStart)}
          </Title>
          <Group gap="xs">
            {checkIn.late && <Badge color="orange">Late</Badge>}
            <Badge variant="light">Progress {checkIn.progress}/10</Badge>
            <Badge variant="light" color="grape">
              Energy {checkIn.energy}/5
            </Badge>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {ANSWERS.filter((a) => checkIn[a.name]).map((answer) => (
            <Stack key={answer.name} gap={2}>
              <Text size="sm" fw={600}>
                {answer.label}
              </Text>
              <Text size="sm">{String(checkIn[answer.name])}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        {checkIn.coachReply ? (
          <Blockquote p="md" cite={`${checkIn.repliedByName ?? 'Your coach'}${checkIn.repliedAt ? `, ${formatDate(checkIn.repliedAt)}` : ''}`}>
            {checkIn.coachReply}
          </Blockquote>
        ) : (
          <Text size="sm" c="gray.7">
            {checkIn.acknowledgedAt ? 'Your coach has read this check-in.' : 'Waiting for your coach to read it.'}
          </Text>
        )}
        {checkIn.editable && (
          <Button component={Link} to="/app/portal/check-in" variant="subtle" px={0} style={{ alignSelf: 'flex-start' }}>
            Edit this check-in
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
