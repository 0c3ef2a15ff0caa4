import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { ActionItemList } from './action-item-list';
import { AddActionItemForm } from './add-action-item-form';
import { useActionItemActions, useActionItems } from './use-action-items';

const MINE = { mine: true } as const;

/** /app/portal/actions: the client's action items, theirs and their coach's; they tick their own done. */
export function MyActionItemsPage() {
  usePageTitle('Action items');
  const items = useActionItems(MINE);
  const { update } = useActionItemActions(MINE);

  if (items.isPending) return <PageState kind="loading" label="Loading your action items" />;
  if (items.error) {
    return <PageState kind="error" title="Your action items did not load" error={items.error} onRetry={() => void items.refetch()} retrying={items.isRefetching} />;
  }

  return (
    <Container size="md">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Action items</Title>
          <Text c="gray.7">What you and your coach agreed to do between sessions. Tick yours off when they are done.</Text>
        </Stack>
        {update.error && (
          <Alert color="red" variant="light" title="That change was not saved" withCloseButton onClose={() => update.reset()}>
            {update.error.message}
          </Alert>
        )}
        {items.data.length ? (
          <ActionItemList
            items={items.data}
            mode="client"
            pendingId={update.isPending ? update.variables.id : undefined}
            onStatus={(item, status) => update.mutate({ id: item.id, status })}
          />
        ) : (
          <Text c="gray.7">No action items yet. Your coach adds them after a session, and you can add your own below.</Text>
        )}
        <AddActionItemForm list={MINE} />
      </Stack>
    </Container>
  );
}
