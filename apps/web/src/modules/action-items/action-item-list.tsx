import { Badge, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { ActionItemStatus } from '@ascend/web/data-access';
import { formatDay } from '@ascend/web/ui';
import type { ActionItem } from './use-action-items';

const STATUS_LABELS: Record<ActionItemStatus, string> = { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' };
const STATUSES = (Object.keys(STATUS_LABELS) as ActionItemStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] }));

export interface ActionItemListProps {
  items: readonly ActionItem[];
  /** 'coach': any item's status from a list; 'client': a tick on the client's own items, the coach's shown only. */
  mode: 'coach' | 'client';
  onStatus: (item: ActionItem, status: ActionItemStatus) => void;
  /** The item whose change is on its way. */
  pendingId?: string;
}

/** Action items in either portal: who owns each one, when it is due, and its status. */
export function ActionItemList({ items, mode, onStatus, pendingId }: ActionItemListProps) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => {
        const ownerLabel = item.owner === 'COACH' ? (mode === 'client' ? 'Your coach' : 'Coach') : mode === 'client' ? 'You' : 'Client';
        const details = (
          <Group gap={6}>
            <Badge size="xs" variant="light" color={item.owner === 'COACH' ? 'grape' : 'teal'}>
              {ownerLabel}
            </Badge>
            {item.dueOn && (
              <Text size="xs" c="gray.7">
                due {formatDay(item.dueOn)}
              </Text>
            )}
            {item.status === 'DROPPED' && (
              <Badge size="xs" variant="outline" color="gray">
                Dropped
              </Badge>
            )}
          </Group>
        );
        const title = (
          <Text size="sm" td={item.status === 'OPEN' ? undefined : 'line-through'} c={item.status === 'OPEN' ? undefined : 'gray.7'}>
            {item.title}
          </Text>
        );
        return (
          <Group key={item.id} component="li" justify="space-between" wrap="nowrap" gap="sm" py={4}>
            {mode === 'client' ? (
              <Checkbox
                label={title}
                description={details}
                checked={item.status === 'DONE'}
                disabled={item.owner !== 'CLIENT' || item.status === 'DROPPED' || pendingId === item.id}
                onChange={(event) => onStatus(item, event.currentTarget.checked ? 'DONE' : 'OPEN')}
                aria-label={`${item.title}: done`}
              />
            ) : (
              <>
                <Stack gap={2}>
                  {title}
                  {details}
                </Stack>
                <NativeSelect
                  size="xs"
                  aria-label={`Status of ${item.title}`}
                  data={STATUSES}
                  value={item.status}
                  disabled={pendingId === item.id}
                  onChange={(event) => onStatus(item, event.currentTarget.value as ActionItemStatus)}
                  w={110}
                />
              </>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
