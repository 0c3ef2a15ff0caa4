import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RegistrationFilter, RegistrationStatus } from '@ascend/web/data-access';
import { PageState } from '@ascend/web/ui';
import { useMemo, useState } from 'react';
import { downloadFile } from '../impact/download-file';
import { registrationStatusLabels } from './masterclass-labels';
import { RegistrationRow } from './registration-row';
import type { CoachMasterclass } from './use-masterclasses';
import { useRegistrationActions, useRegistrations } from './use-registrations';

const statusOptions = [{ value: '', label: 'Any status' }, ...Object.entries(registrationStatusLabels).map(([value, label]) => ({ value, label }))];

/**
 * The registrants in arrival order, searchable and filtered by status, a page at a time. Once the masterclass has
 * started, confirmed registrants are marked attended or no-show; any registrant can be invited to become a client.
 */
export function RegistrationsSection({ masterclass, started }: { masterclass: CoachMasterclass; started: boolean }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [settledSearch] = useDebouncedValue(search.trim(), 300);
  const filter = useMemo<RegistrationFilter>(
    () => ({ ...(settledSearch ? { search: settledSearch } : {}), ...(status ? { statuses: [status as RegistrationStatus] } : {}) }),
    [settledSearch, status],
  );
  const registrations = useRegistrations(masterclass.id, filter);
  const { markAttendance, invite, exportCsv } = useRegistrationActions(masterclass.id);
  const rows = registrations.data?.pages.flatMap((page) => page.registrations) ?? [];
  const total = registrations.data?.pages[0]?.total ?? 0;
  const failure = markAttendance.error ?? invite.error ?? exportCsv.error;

  const download = () =>
    exportCsv.mutate(undefined, { onSuccess: (csv) => downloadFile(`registrations-${masterclass.slug}.csv`, csv, 'text/csv;charset=utf-8') });

  return (
    <Stack component="section" aria-labelledby="registrations-heading" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="registrations-heading">
          Registrations
        </Title>
        <Button variant="default" onClick={download} loading={exportCsv.isPending}>
          Export CSV
        </Button>
      </Group>
      {failure && (
        <Alert color="red" variant="light" title="That was not done" withCloseButton
          onClose={() => [markAttendance, invite, exportCsv].forEach((action) => action.reset())}
        >
          {failure.message}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640} role="search" aria-label="Find registrants">
        <TextInput label="Search" placeholder="Name or email" value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
        <NativeSelect label="Status" data={statusOptions} value={status} onChange={(event) => setStatus(event.currentTarget.value)} />
      </SimpleGrid>
      {!started && (
        <Text size="sm" c="gray.7">
          Attendance can be marked once the masterclass has started.
        </Text>
      )}

      {registrations.isPending ? (
        <PageState kind="loading" label="Loading the registrations" />
      ) : registrations.error ? (
        <PageState kind="error" title="The registrations did not load" error={registrations.error} onRetry={() => void registrations.refetch()} retrying={registrations.isRefetching} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {total === 0
              ? filter.search || filter.statuses ? 'Nobody matches.' : 'Nobody has registered yet.'
              : `Showing ${rows.length} of ${total} ${total === 1 ? 'registration' : 'registrations'}`}
          </Text>
          {rows.length > 0 && (
            <Table.ScrollContainer minWidth={980}>
              <Table verticalSpacing="sm" aria-label="Registrants">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Registrant</Table.Th>
                    {/* Wide enough for the longest status badge, which would otherwise be cut to its first letter. */}
                    <Table.Th miw={150}>Status</Table.Th>
                    <Table.Th>Registered</Table.Th>
                    <Table.Th>Question</Table.Th>
                    <Table.Th>Source</Table.Th>
                    {started && <Table.Th>Attendance</Table.Th>}
                    <Table.Th>
                      <VisuallyHidden>Client</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((registration) => (
                    <RegistrationRow
                      key={registration.id}
                      registration={registration}
                      started={started}
                      marking={markAttendance.isPending && markAttendance.variables.registrationId === registration.id}
                      onMark={(attendance) => markAttendance.mutate({ registrationId: registration.id, attendance })}
                      inviting={invite.isPending && invite.variables === registration.id}
                      invited={invite.isSuccess && invite.variables === registration.id}
                      onInvite={() => invite.mutate(registration.id)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {registrations.hasNextPage && (
            <Button variant="default" onClick={() => void registrations.fetchNextPage()} loading={registrations.isFetchingNextPage} style={{ alignSelf: 'center' }}>
              Load more
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
