import { Alert, Stack, Text } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { ActionItemList } from '../action-items/action-item-list';
import { AddActionItemForm } from '../action-items/add-action-item-form';
import { useActionItemActions, useActionItems } from '../action-items/use-action-items';
import { DetailSection } from './detail-section';

export function ActionItemsSection({ clientId }: { clientId: string }) {
  const list = { clientId };
  const items = useActionItems(list);
  const { update } = useActionItemActions(list);

  return (
    <DetailSection id="action-items-heading" title="Action items">
      <Stack gap="md">
        {update.error && (
          <Alert color="red" variant="light" title="That change was not saved" withCloseButton onClose={() => update.reset()}>
            {update.error.message}
          </Alert>
        )}
        {items.isPending ? (
          <PageState kind="loading" label="Loading the action items" />
        ) : items.error ? (
          <PageState kind="error" title="The action items did not load" error={items.error} onRetry={() => void items.refetch()} retrying={items.isRefetching} />
        ) : items.data.length ? (
          <ActionItemList
            items={items.data}
            mode="coach"
            pendingId={update.isPending ? update.variables.id : undefined}
            onStatus={(item, status) => update.mutate({ id: item.id, status })}
          />
        ) : (
          <Text size="sm" c="gray.7">
            No action items yet: add what you agreed in the last session.
          </Text>
        )}
        <AddActionItemForm list={list} clientId={clientId} />
      </Stack>
    </DetailSection>
  );
}
