import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { formatDate, PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatRevenue, matchesSearch, planNames, statusNames } from './operator-format';
import { ReactivateDialog, SuspendDialog } from './suspension-dialogs';
import { type OperatorPractice, useOperatorPractices } from './use-operator';

const number = (n: number) => n.toLocaleString();

function Usage({ practice }: { practice: OperatorPractice }) {
  return (
    <Text size="xs" c="gray.8" style={{ whiteSpace: 'nowrap' }}>
      {number(practice.coaches)} coaches · {number(practice.activeClients)} active clients
      <br />
      {number(practice.subscribers)} subscribers · {number(practice.emailsThisMonth)} emails this month
    </Text>
  );
}

/** Every practice with its plan, subscription, revenue and usage; suspend and reactivate from here. */
export function PracticesSection() {
  const practices = useOperatorPractices();
  const [search, setSearch] = useState('');
  // Kept after a dialog closes, so its text does not change while it fades out.
  const [target, setTarget] = useState<OperatorPractice | null>(null);
  const [dialog, setDialog] = useState<'suspend' | 'reactivate' | null>(null);
  const open = (practice: OperatorPractice, which: 'suspend' | 'reactivate') => {
    setTarget(practice);
    setDialog(which);
  };
  const shown = practices.data?.filter((practice) => matchesSearch(practice, search)) ?? [];

  return (
    <Stack component="section" aria-labelledby="practices-heading" gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id="practices-heading">
          Practices
        </Title>
        <TextInput
          label="Search practices"
          placeholder="Name or address"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
      {practices.isPending ? (
        <PageState kind="loading" label="Loading the practices" />
      ) : practices.error ? (
        <PageState kind="error" title="The practices did not load" error={practices.error} onRetry={() => void practices.refetch()} retrying={practices.isRefetching} />
      ) : shown.length === 0 ? (
        <Text c="dimmed">{search.trim() ? `No practice matches “${search.trim()}”.` : 'No practice has signed up yet.'}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Practice</Table.Th>
                <Table.Th>Plan</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Trial ends</Table.Th>
                <Table.Th ta="right">MRR</Table.Th>
                <Table.Th>Usage</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((practice) => (
                <Table.Tr key={practice.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/p/${practice.slug}`} size="sm" fw={600}>
                          {practice.name}
                        </Anchor>
                        {practice.suspended && (
                          <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
                            Suspended
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="gray.7">
                        /p/{practice.slug}
                      </Text>
                      {practice.suspendedReason && (
                        <Text size="xs" c="red.8">
                          {practice.suspendedReason}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{planNames[practice.plan]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{statusNames[practice.status]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{practice.trialEndsAt ? formatDate(practice.trialEndsAt) : '–'}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{formatRevenue(practice.mrrCents)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Usage practice={practice} />
                  </Table.Td>
                  <Table.Td ta="right">
                    {practice.suspended ? (
                      <Button size="xs" variant="light" onClick={() => open(practice, 'reactivate')} aria-label={`Reactivate ${practice.name}`}>
                        Reactivate
                      </Button>
                    ) : (
                      <Button size="xs" variant="subtle" color="red" onClick={() => open(practice, 'suspend')} aria-label={`Suspend ${practice.name}`}>
                        Suspend
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SuspendDialog practice={target} opened={dialog === 'suspend'} onClose={() => setDialog(null)} />
      <ReactivateDialog practice={target} opened={dialog === 'reactivate'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
