import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { formatDateTime, formatDay, PageState } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { DetailSection } from './detail-section';
import { type CheckIn, useCheckInActions, useClientCheckIns } from './use-client-check-ins';

const ANSWERS: { key: keyof CheckIn; label: string }[] = [
  { key: 'wins', label: 'Wins' },
  { key: 'defaultedToDoing', label: 'Where I defaulted to doing instead of leading' },
  { key: 'declinedOrDelegated', label: 'What I declined or delegated' },
  { key: 'strategicWork', label: 'Strategic work' },
  { key: 'impactMadeLegible', label: 'Impact, in business terms' },
  { key: 'nextCommitments', label: 'Commitments for next week' },
];

/** Every check-in, newest week first, with acknowledging and replying. */
export function CheckInsSection({ clientId, clientName }: { clientId: string; clientName: string }) {
  const checkIns = useClientCheckIns(clientId);
  const all = checkIns.data?.pages.flatMap((page) => page.nodes) ?? [];

  return (
    <DetailSection id="check-ins-heading" title="Check-ins">
      {checkIns.isPending ? (
        <PageState kind="loading" label="Loading the check-ins" />
      ) : checkIns.error ? (
        <PageState kind="error" title="The check-ins did not load" error={checkIns.error} onRetry={() => void checkIns.refetch()} retrying={checkIns.isRefetching} />
      ) : all.length === 0 ? (
        <Text size="sm" c="gray.7">
          {clientName} has not checked in yet.
        </Text>
      ) : (
        <Stack gap="lg">
          {all.map((checkIn) => (
            <CheckInCard key={checkIn.id} clientId={clientId} checkIn={checkIn} />
          ))}
          {checkIns.hasNextPage && (
            <Button variant="default" onClick={() => void checkIns.fetchNextPage()} loading={checkIns.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
              Show older check-ins
            </Button>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}

function CheckInCard({ clientId, checkIn }: { clientId: string; checkIn: CheckIn }) {
  const { acknowledge, reply } = useCheckInActions(clientId);
  const [text, setText] = useState('');
  const week = formatDay(checkIn.weekStart);
  const failure = acknowledge.error ?? reply.error;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) reply.mutate({ id: checkIn.id, reply: text.trim() }, { onSuccess: () => setText('') });
  };

  return (
    <Stack gap="xs" component="article" aria-label={`Check-in for the week of ${week}`}>
      <Group gap="xs">
        <Text fw={600}>Week of {week}</Text>
        <Badge variant="light">Progress {checkIn.progress}/10</Badge>
        <Badge variant="light" color="orange">
          Energy {checkIn.energy}/5
        </Badge>
        {checkIn.late && (
          <Badge variant="outline" color="gray">
            Late
          </Badge>
        )}
        {!checkIn.acknowledgedAt && <Badge color="blue">New</Badge>}
      </Group>
      {ANSWERS.filter(({ key }) => checkIn[key]).map(({ key, label }) => (
        <Stack key={key} gap={0}>
          <Text size="xs" c="gray.7">
            {label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {String(checkIn[key])}
          </Text>
        </Stack>
      ))}
      {failure && (
        <Alert color="red" variant="light" title="That was not saved">
          {failure.message}
        </Alert>
      )}
      {checkIn.coachReply ? (
        <Stack gap={0} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-teal-4)' }}>
          <Text size="xs" c="gray.7">
            Reply{checkIn.repliedByName ? ` from ${checkIn.repliedByName}` : ''}
            {checkIn.repliedAt ? `, ${formatDateTime(checkIn.repliedAt)}` : ''}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {checkIn.coachReply}
          </Text>
        </Stack>
      ) : (
        <form onSubmit={send} aria-label={`Reply to the check-in of ${week}`}>
          <Stack gap="xs">
            <Textarea label="Your reply" autosize minRows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} />
            <Group gap="xs">
              <Button type="submit" size="xs" loading={reply.isPending} disabled={!text.trim()}>
                Send the reply
              </Button>
              {!checkIn.acknowledgedAt && (
                <Button size="xs" variant="default" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(checkIn.id)}>
                  Acknowledge
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
