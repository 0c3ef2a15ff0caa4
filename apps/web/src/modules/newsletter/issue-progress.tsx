import { Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '@ascend/web/ui';
import { FigureCard } from '../masterclasses/figure-card';
import type { CoachNewsletterIssue } from './use-newsletter-issues';

/** An issue on its way out: how many of its recipients have it, live, and how many could not be sent. */
export function IssueSendingProgress({ issue }: { issue: CoachNewsletterIssue }) {
  const percent = issue.recipients ? Math.round(((issue.sent + issue.failed) / issue.recipients) * 100) : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sending-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="sending-heading">
          Sending
        </Title>
        <Progress.Root size="xl" aria-label="Sending progress">
          <Progress.Section value={issue.recipients ? (issue.sent / issue.recipients) * 100 : 0} color="teal" />
          <Progress.Section value={issue.recipients ? (issue.failed / issue.recipients) * 100 : 0} color="red" />
        </Progress.Root>
        <Text size="sm" aria-live="polite">
          {issue.sent.toLocaleString()} / {issue.recipients.toLocaleString()} sent ({percent}%) · {issue.failed.toLocaleString()} failed
        </Text>
        {issue.startedAt && (
          <Text size="xs" c="gray.7">
            Started {formatDateTime(issue.startedAt)}. You can leave this page: sending goes on without it.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** What a sent issue did: delivered, not delivered, and what its readers did about it. */
export function IssueFigures({ issue }: { issue: CoachNewsletterIssue }) {
  return (
    <Stack component="section" aria-labelledby="figures-heading" gap="sm">
      <Title order={2} size="h4" id="figures-heading">
        {issue.finishedAt ? `Sent ${formatDateTime(issue.finishedAt)}` : 'Sent'}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <FigureCard label="Sent" value={issue.sent.toLocaleString()} detail={`of ${issue.recipients.toLocaleString()} recipients`} />
        <FigureCard label="Failed" value={issue.failed.toLocaleString()} />
        <FigureCard label="Bounced" value={issue.bounced.toLocaleString()} />
        <FigureCard label="Complained" value={issue.complained.toLocaleString()} />
        <FigureCard label="Unsubscribed" value={issue.unsubscribed.toLocaleString()} />
      </SimpleGrid>
    </Stack>
  );
}
