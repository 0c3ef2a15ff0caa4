import { Button, Container, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AuditEventFilter } from '@ascend/web/data-access';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { actionOptions } from './audit-actions';
import { AuditEntryList } from './audit-entry-list';
import { useAuditActions, useAuditLog } from './use-audit-log';

/**
 * /app/audit: who signed in, who was invited, whose role changed, who left, newest first. The filters live in the
 * address (?action=ROLE_CHANGED&person=ada), so a filtered view can be shared and survives a reload.
 */
export function AuditPage() {
  usePageTitle('Audit log');
  const practice = useCurrentPractice();
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const [person, setPerson] = useState(params.get('person') ?? '');
  const [settledPerson] = useDebouncedValue(person.trim(), 300);
  const actions = useAuditActions();
  const filter: AuditEventFilter = { ...(action ? { action } : {}), ...(settledPerson ? { person: settledPerson } : {}) };

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const clearFilters = () => {
    setPerson('');
    setParams(new URLSearchParams(), { replace: true });
  };

  return (
    <Container size="lg">
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>Audit log</Title>
          <Text c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            Sign-ins, changed passwords and addresses, invitations, role changes and departures at {practice.practiceName}, newest first.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label="Filter the audit log">
          <NativeSelect
            label="Action"
            // The address may name an action before the list has loaded: it stays chosen meanwhile.
            data={[{ value: '', label: 'All actions' }, ...actionOptions([...(actions.data ?? []), ...(action ? [action] : [])])]}
            value={action}
            onChange={(event) => setParam('action', event.currentTarget.value)}
          />
          <TextInput
            label="Person"
            description="Part of an email address, of whoever acted or was concerned"
            value={person}
            onChange={(event) => {
              setPerson(event.currentTarget.value);
              setParam('person', event.currentTarget.value.trim());
            }}
          />
        </SimpleGrid>
        <AuditEntries filter={filter} onClearFilters={clearFilters} />
      </Stack>
    </Container>
  );
}

function AuditEntries({ filter, onClearFilters }: { filter: AuditEventFilter; onClearFilters: () => void }) {
  const log = useAuditLog(filter);
  if (log.isPending) return <PageState kind="loading" label="Loading the audit log" />;
  // Once entries are shown, a failed "Show older entries" keeps them and says so below them.
  if (log.isError && !log.data) {
    return <PageState kind="error" title="The audit log did not load" error={log.error} onRetry={() => void log.refetch()} retrying={log.isRefetching} />;
  }
  const entries = (log.data?.pages ?? []).flatMap((page) => page.events);
  if (entries.length === 0) {
    return Object.keys(filter).length > 0 ? (
      <Stack gap="sm" align="flex-start">
        <Text c="gray.7">No entry matches these filters.</Text>
        <Button variant="default" size="xs" onClick={onClearFilters}>
          Clear the filters
        </Button>
      </Stack>
    ) : (
      <Text c="gray.7">Nothing has happened here yet.</Text>
    );
  }
  return (
    <Stack gap="md" align="flex-start">
      <AuditEntryList entries={entries} />
      {log.hasNextPage && (
        <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
          Show older entries
        </Button>
      )}
      {log.isFetchNextPageError && (
        <Text size="sm" c="red.8" role="alert">
          The older entries did not load: {log.error?.message}
        </Text>
      )}
    </Stack>
  );
}
