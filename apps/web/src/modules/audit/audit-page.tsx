import { Container, Stack, Table, Text, Title } from '@mantine/core';
import { graphql, queryKeys } from '@ascend/web/data-access';
import { formatDateTime, PageState, usePageTitle } from '@ascend/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { describeAction } from './audit-actions';

const AuditEventsQuery = graphql(`
  query AuditEvents($limit: Int) {
    auditEvents(limit: $limit) {
      id
      action
      actorEmail
      targetEmail
      ip
      createdAt
    }
  }
`);

const RECENT = 100;

/** /app/audit: who signed in, who was invited, whose role changed, newest first. */
export function AuditPage() {
  usePageTitle('Audit log');
  const practice = useCurrentPractice();
  const api = useApi();
  const events = useQuery({
    queryKey: queryKeys.tenant(practice.practiceId).auditEvents(RECENT),
    queryFn: async ({ signal }) => (await api.request(AuditEventsQuery, { limit: RECENT }, { signal, practiceId: practice.practiceId })).auditEvents,
  });

  return (
    <Container size="lg">
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>Audit log</Title>
          <Text c="gray.7">
            The last {RECENT} sign-ins, invitations, role changes and removals at {practice.practiceName}, newest first.
          </Text>
        </Stack>
        {events.isPending ? (
          <PageState kind="loading" label="Loading the audit log" />
        ) : events.error ? (
          <PageState kind="error" title="The audit log did not load" error={events.error} onRetry={() => void events.refetch()} retrying={events.isRefetching} />
        ) : events.data.length === 0 ? (
          <Text c="dimmed">Nothing has happened here yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Concerning</Table.Th>
                  <Table.Th>IP address</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(event.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {describeAction(event.action)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.actorEmail ?? '–'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.targetEmail ?? '–'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {event.ip ?? '–'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Container>
  );
}
