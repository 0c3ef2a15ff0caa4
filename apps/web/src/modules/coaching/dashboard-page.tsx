import { Anchor, Badge, Container, Group, NativeSelect, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { DashboardSort } from '@ascend/web/data-access';
import { formatDay, PageState, usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { flagLabels, statusLabels, stepInWords } from './coaching-labels';
import { Sparkline, valuesInWords } from './sparkline';
import { type DashboardClient, useCoachDashboard } from './use-dashboard';

const SORTS: { value: DashboardSort; label: string }[] = [
  { value: 'URGENCY', label: 'Most urgent first' },
  { value: 'NAME', label: 'Name' },
  { value: 'PROGRESS', label: 'Lowest progress first' },
  { value: 'LAST_CHECK_IN', label: 'Longest since a check-in' },
];

/** /app/dashboard: every client the coach coaches, at a glance, the most urgent first. */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const [sort, setSort] = useState<DashboardSort>('URGENCY');
  const dashboard = useCoachDashboard(sort);

  if (dashboard.isPending) return <PageState kind="loading" label="Loading the dashboard" />;
  if (dashboard.error) {
    return <PageState kind="error" title="The dashboard did not load" error={dashboard.error} onRetry={() => void dashboard.refetch()} retrying={dashboard.isRefetching} />;
  }
  if (!dashboard.data.length) {
    return (
      <PageState
        kind="empty"
        title="No clients yet"
        description={
          <>
            Add one on the{' '}
            <Anchor component={Link} to="/app/clients">
              Clients page
            </Anchor>{' '}
            or share your application link.
          </>
        }
      />
    );
  }

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>Dashboard</Title>
            <Text c="gray.7">Your active and paused clients: goal, step, the last 12 weeks and what needs you.</Text>
          </Stack>
          <NativeSelect label="Sort by" data={SORTS} value={sort} onChange={(event) => setSort(event.currentTarget.value as DashboardSort)} w={240} />
        </Group>
        <Table.ScrollContainer minWidth={960}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Clients">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client</Table.Th>
                <Table.Th>Goal</Table.Th>
                <Table.Th>Step</Table.Th>
                <Table.Th>Progress, 12 weeks</Table.Th>
                <Table.Th>Last check-in</Table.Th>
                <Table.Th>Streak</Table.Th>
                <Table.Th>Needs attention</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dashboard.data.map((client) => (
                <ClientRow key={client.clientId} client={client} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Container>
  );
}

function ClientRow({ client }: { client: DashboardClient }) {
  const progress = client.recentWeeks.map((week) => week.progress ?? null);
  const last = client.lastCheckIn;
  return (
    <Table.Tr data-client-id={client.clientId}>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Anchor component={Link} to={`/app/clients/${client.clientId}`} fw={600} size="sm">
            {client.name}
          </Anchor>
          {client.status !== 'ACTIVE' && (
            <Badge size="xs" variant="outline" color="gray">
              {statusLabels[client.status]}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td maw={260}>
        {client.goal ? (
          <Stack gap={2}>
            <Text size="sm" lineClamp={2}>
              {client.goal.statement}
            </Text>
            <Text size="xs" c="gray.7">
              by {formatDay(client.goal.targetDate)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="gray.7">
            No goal yet
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{stepInWords(client.methodStep, client.stepsDone)}</Text>
      </Table.Td>
      <Table.Td>
        <Sparkline values={progress} max={10} label={valuesInWords(`Progress of ${client.name} over the last 12 weeks`, progress)} />
      </Table.Td>
      <Table.Td>
        {last ? (
          <Stack gap={4} align="flex-start">
            <Text size="sm">Week of {formatDay(last.weekStart)}</Text>
            {/* Under the week, so a narrow column never truncates them. */}
            <Group gap={4}>
              {!last.acknowledged && (
                <Badge size="sm" color="blue">
                  New
                </Badge>
              )}
              {last.late && (
                <Badge size="sm" variant="light" color="gray">
                  Late
                </Badge>
              )}
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="gray.7">
            None yet
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{client.streakWeeks === 1 ? '1 week' : `${client.streakWeeks} weeks`}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {client.flags.map((flag) => (
            <Tooltip key={flag} label={flagLabels[flag].description}>
              <Badge size="sm" variant="light" color={flagLabels[flag].color}>
                {flagLabels[flag].label}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
