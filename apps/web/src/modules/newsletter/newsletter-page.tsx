import { Anchor, Badge, Button, Container, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime, PageState, usePageTitle } from '@ascend/web/ui';
import { Link } from 'react-router';
import { FigureCard } from '../masterclasses/figure-card';
import { issueKindLabels, issueStatusColors, issueStatusLabels } from './newsletter-labels';
import { NewsletterSettingsCard } from './newsletter-settings-card';
import { type NewsletterIssueSummary, useNewsletterIssues } from './use-newsletter-issues';
import { useSubscriberCounts } from './use-subscribers';

/** /app/newsletter: the issues with their figures, who is subscribed, and the weekly insights setting. */
export function NewsletterPage() {
  usePageTitle('Newsletter');
  const counts = useSubscriberCounts();
  const figure = (value: number | undefined) => (value === undefined ? '…' : value.toLocaleString());

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>Newsletter</Title>
            <Text c="gray.7">Insights and invitations for the people who asked for them. No spam, and leaving is one click.</Text>
          </Stack>
          <Group>
            <Button component={Link} to="/app/newsletter/issues/new">
              New issue
            </Button>
            <Button component={Link} to="/app/newsletter/subscribers" variant="default">
              Subscribers
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="Subscribers by status">
          <FigureCard label="Subscribed" value={figure(counts.data?.subscribed)} detail="receive the next issue" />
          <FigureCard label="Awaiting confirmation" value={figure(counts.data?.pending)} />
          <FigureCard label="Unsubscribed" value={figure(counts.data?.unsubscribed)} />
          <FigureCard label="Bounced or complained" value={figure(counts.data && counts.data.bounced + counts.data.complained)} detail="never mailed again" />
        </SimpleGrid>
        <NewsletterSettingsCard />
        <Stack component="section" aria-labelledby="issues-heading" gap="sm">
          <Title order={2} size="h3" id="issues-heading">
            Issues
          </Title>
          <IssueList />
        </Stack>
      </Stack>
    </Container>
  );
}

function IssueList() {
  const issues = useNewsletterIssues();
  if (issues.isPending) return <PageState kind="loading" label="Loading the issues" />;
  if (issues.error) {
    return <PageState kind="error" title="The issues did not load" error={issues.error} onRetry={() => void issues.refetch()} retrying={issues.isRefetching} />;
  }
  if (!issues.data.length) {
    return (
      <Text c="gray.7">
        No issue yet.{' '}
        <Anchor component={Link} to="/app/newsletter/issues/new">
          Write the first one
        </Anchor>
        , or switch on the weekly insights above.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Issues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th ta="right">Sent</Table.Th>
            <Table.Th ta="right">Failed</Table.Th>
            <Table.Th ta="right">Bounced</Table.Th>
            <Table.Th ta="right">Unsubscribed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.data.map((issue) => (
            <IssueRow key={issue.id} issue={issue} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function issueWhen(issue: NewsletterIssueSummary): string {
  if (issue.status === 'SENT' && issue.finishedAt) return `Sent ${formatDateTime(issue.finishedAt)}`;
  if (issue.status === 'SENDING' && issue.startedAt) return `Started ${formatDateTime(issue.startedAt)}`;
  if (issue.status === 'SCHEDULED' && issue.scheduledAt) return `Goes out ${formatDateTime(issue.scheduledAt)}`;
  return '—';
}

function IssueRow({ issue }: { issue: NewsletterIssueSummary }) {
  const mailed = issue.status === 'SENDING' || issue.status === 'SENT';
  const figure = (value: number) => (mailed ? value.toLocaleString() : '—');
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/app/newsletter/issues/${issue.id}`} fw={600}>
          {issue.subject}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Badge variant="outline" color={issue.kind === 'WEEKLY' ? 'violet' : 'gray'}>
          {issueKindLabels[issue.kind]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={issueStatusColors[issue.status]}>
          {issueStatusLabels[issue.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{issueWhen(issue)}</Text>
      </Table.Td>
      <Table.Td ta="right">{mailed ? `${issue.sent.toLocaleString()} of ${issue.recipients.toLocaleString()}` : '—'}</Table.Td>
      <Table.Td ta="right">{figure(issue.failed)}</Table.Td>
      <Table.Td ta="right">{figure(issue.bounced)}</Table.Td>
      <Table.Td ta="right">{figure(issue.unsubscribed)}</Table.Td>
    </Table.Tr>
  );
}
