import { Alert, Anchor, Button, Chip, Container, Group, Pagination, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { SubscriberFilter, SubscriberStatus } from '@ascend/web/data-access';
import { PageState, todayOnThisDevice, usePageTitle } from '@ascend/web/ui';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { downloadFile } from '../impact/download-file';
import { subscriberStatuses, subscriberStatusLabels } from './newsletter-labels';
import { SubscriberConsentDrawer } from './subscriber-consent-drawer';
import { SubscriberImportDialog } from './subscriber-import-dialog';
import { SubscriberRow } from './subscriber-row';
import { type CoachSubscriber, SUBSCRIBERS_PAGE_SIZE, useSubscriberActions, useSubscribers } from './use-subscribers';

/** /app/newsletter/subscribers: everyone who signed up or was imported, by status, with import and export. */
export function SubscribersPage() {
  usePageTitle('Subscribers');
  const [status, setStatus] = useState<SubscriberStatus | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [settledSearch] = useDebouncedValue(search.trim(), 300);
  const filter = useMemo<SubscriberFilter>(
    () => ({
      ...(status ? { status } : {}),
      ...(settledSearch ? { search: settledSearch } : {}),
      limit: SUBSCRIBERS_PAGE_SIZE,
      offset: (page - 1) * SUBSCRIBERS_PAGE_SIZE,
    }),
    [status, settledSearch, page],
  );
  const subscribers = useSubscribers(filter);
  const { unsubscribe, remove, exportCsv } = useSubscriberActions();
  const [importing, setImporting] = useState(false);
  const [details, setDetails] = useState<CoachSubscriber | null>(null);
  const failure = unsubscribe.error ?? remove.error ?? exportCsv.error;
  const counts = subscribers.data?.counts;
  const total = subscribers.data?.total ?? 0;
  const all = counts ? subscriberStatuses.reduce((sum, { count }) => sum + counts[count], 0) : undefined;

  const download = () =>
    exportCsv.mutate(status || null, {
      onSuccess: (csv) => downloadFile(`subscribers-${todayOnThisDevice()}.csv`, csv, 'text/csv;charset=utf-8'),
    });

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <Anchor component={Link} to="/app/newsletter" size="sm">
            ← Newsletter
          </Anchor>
          <Group justify="space-between" align="flex-end">
            <Title order={1}>Subscribers</Title>
            <Group>
              <Button variant="default" onClick={() => setImporting(true)}>
                Import CSV
              </Button>
              <Button variant="default" onClick={download} loading={exportCsv.isPending}>
                Export CSV
              </Button>
            </Group>
          </Group>
        </Stack>
        {failure && (
          <Alert color="red" variant="light" title="That was not done" withCloseButton onClose={() => [unsubscribe, remove, exportCsv].forEach((action) => action.reset())}>
            {failure.message}
          </Alert>
        )}
        <Stack gap="sm" role="search" aria-label="Find subscribers">
          <Chip.Group
            value={status}
            onChange={(value) => {
              setStatus(value as SubscriberStatus | '');
              setPage(1);
            }}
          >
            <Group gap="xs">
              <Chip value="">All{all === undefined ? '' : ` (${all})`}</Chip>
              {subscriberStatuses.map(({ status: value, count }) => (
                <Chip key={value} value={value}>
                  {subscriberStatusLabels[value]}
                  {counts ? ` (${counts[count]})` : ''}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <TextInput
            label="Search"
            placeholder="Email or name"
            maw={360}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
          />
        </Stack>

        {subscribers.isPending ? (
          <PageState kind="loading" label="Loading the subscribers" />
        ) : subscribers.error ? (
          <PageState kind="error" title="The subscribers did not load" error={subscribers.error} onRetry={() => void subscribers.refetch()} retrying={subscribers.isRefetching} />
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {total === 0 ? (filter.status || filter.search ? 'Nobody matches.' : 'No subscriber yet.') : `${total.toLocaleString()} ${total === 1 ? 'subscriber' : 'subscribers'}`}
            </Text>
            {subscribers.data.subscribers.length > 0 && (
              <Table.ScrollContainer minWidth={900}>
                <Table verticalSpacing="sm" aria-label="Subscribers">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th miw={130}>Status</Table.Th>
                      <Table.Th>Source</Table.Th>
                      <Table.Th>Consent</Table.Th>
                      <Table.Th>Added</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {subscribers.data.subscribers.map((subscriber) => (
                      <SubscriberRow
                        key={subscriber.id}
                        subscriber={subscriber}
                        onDetails={() => setDetails(subscriber)}
                        onUnsubscribe={() => unsubscribe.mutate(subscriber.id)}
                        onDelete={() => remove.mutateAsync(subscriber.id)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {total > SUBSCRIBERS_PAGE_SIZE && (
              <Pagination total={Math.ceil(total / SUBSCRIBERS_PAGE_SIZE)} value={page} onChange={setPage} aria-label="Pages of subscribers" />
            )}
          </Stack>
        )}
      </Stack>
      <SubscriberConsentDrawer subscriber={details} onClose={() => setDetails(null)} />
      <SubscriberImportDialog opened={importing} onClose={() => setImporting(false)} />
    </Container>
  );
}
