import { Alert, Anchor, Button, Container, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ClientFilter, ClientSortField, ClientStatus, SortDirection } from '@ascend/web/data-access';
import { CompassIcon, PageState, usePageTitle } from '@ascend/web/ui';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { downloadFile } from '../impact/download-file';
import { AddClientForm, CoachSelect } from './add-client-form';
import { ClientEditor } from './client-editor';
import { statusLabels } from './roster-labels';
import { RosterTable } from './roster-table';
import { type RosterClient, useRoster, useRosterActions } from './use-roster';

const sortOptions = [
  { value: 'NAME:ASC', label: 'Name, A to Z' },
  { value: 'NAME:DESC', label: 'Name, Z to A' },
  { value: 'STATUS:ASC', label: 'Status, leads first' },
  { value: 'STARTED_ON:DESC', label: 'Started, newest first' },
  { value: 'STARTED_ON:ASC', label: 'Started, oldest first' },
  { value: 'CREATED_AT:DESC', label: 'Added, newest first' },
];

/** Waits until typing pauses before searching, so each keystroke is not a request. */
function useSettled(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** /app/clients: the practice's roster (a coach's own clients), searchable, filterable, a page at a time. */
export function RosterPage() {
  usePageTitle('Clients');
  const practice = useCurrentPractice();
  const seesEveryone = allows(practice.role, 'manageInvitations');
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const [coachUserId, setCoachUserId] = useState('');
  const [sort, setSort] = useState('NAME:ASC');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<RosterClient | null>(null);
  const settledSearch = useSettled(search);
  const settledTag = useSettled(tag);

  const filter = useMemo<ClientFilter>(
    () => ({
      ...(settledSearch.trim() ? { search: settledSearch.trim() } : {}),
      ...(settledTag.trim() ? { tag: settledTag.trim() } : {}),
      ...(status ? { status: status as ClientStatus } : {}),
      ...(coachUserId ? { coachUserId } : {}),
    }),
    [settledSearch, settledTag, status, coachUserId],
  );
  const [field, direction] = sort.split(':') as [ClientSortField, SortDirection];
  const roster = useRoster(filter, useMemo(() => ({ field, direction }), [field, direction]));
  const { exportCsv } = useRosterActions();
  const clients = roster.data?.pages.flatMap((page) => page.nodes) ?? [];
  const totalCount = roster.data?.pages[0]?.totalCount ?? 0;
  const filtered = Object.keys(filter).length > 0;

  const download = () =>
    exportCsv.mutate(filter, { onSuccess: (csv) => downloadFile(`clients-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8') });

  if (roster.isSuccess && totalCount === 0 && !filtered && !adding) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          icon={<CompassIcon />}
          title="No clients yet"
          description={
            <>
              Add your first client by hand, import a CSV of the clients you already coach, or share your public page: people apply at{' '}
              <Anchor component={Link} to={`/p/${practice.practiceSlug}/apply`}>
                {`${window.location.origin}/p/${practice.practiceSlug}/apply`}
              </Anchor>{' '}
              and arrive here as leads.
            </>
          }
          action={
            <Group>
              <Button onClick={() => setAdding(true)}>Add a client</Button>
              <Button component={Link} to="/app/clients/import" variant="default">
                Import a CSV
              </Button>
            </Group>
          }
        />
      </Container>
    );
  }

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>Clients</Title>
            <Text c="gray.7">{seesEveryone ? `Everyone ${practice.practiceName} coaches, and its leads.` : 'The clients you coach.'}</Text>
          </Stack>
          <Group>
            <Button onClick={() => setAdding(true)} disabled={adding}>
              Add client
            </Button>
            <Button component={Link} to="/app/clients/import" variant="default">
              Import CSV
            </Button>
            <Button variant="default" onClick={download} loading={exportCsv.isPending}>
              Export CSV
            </Button>
          </Group>
        </Group>
        {exportCsv.error && (
          <Alert color="red" variant="light" title="The export failed">
            {exportCsv.error.message}
          </Alert>
        )}
        {adding && <AddClientForm onDone={() => setAdding(false)} />}

        <SimpleGrid cols={{ base: 1, sm: 2, md: seesEveryone ? 5 : 4 }} role="search" aria-label="Find clients">
          <TextInput label="Search" placeholder="Name or email" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <NativeSelect
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value)}
            data={[{ value: '', label: 'Any status' }, ...Object.entries(statusLabels).map(([value, label]) => ({ value, label }))]}
          />
          {seesEveryone && <CoachSelect value={coachUserId} onChange={setCoachUserId} />}
          <TextInput label="Tag" placeholder="e.g. vip" value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
          <NativeSelect label="Sort" value={sort} onChange={(e) => setSort(e.currentTarget.value)} data={sortOptions} />
        </SimpleGrid>

        {roster.isPending && <PageState kind="loading" label="Loading the clients" />}
        {roster.error && <PageState kind="error" title="We could not load the clients" error={roster.error} onRetry={() => void roster.refetch()} />}
        {roster.isSuccess && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {totalCount === 0 ? 'No client matches these filters.' : `Showing ${clients.length} of ${totalCount} ${totalCount === 1 ? 'client' : 'clients'}`}
            </Text>
            {clients.length > 0 && <RosterTable clients={clients} onEdit={setEditing} />}
            {roster.hasNextPage && (
              <Button variant="default" onClick={() => void roster.fetchNextPage()} loading={roster.isFetchingNextPage} style={{ alignSelf: 'center' }}>
                Load more
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      {editing && <ClientEditor client={editing} onClose={() => setEditing(null)} />}
    </Container>
  );
}
