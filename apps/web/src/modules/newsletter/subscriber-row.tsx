import { Badge, Button, Group, Menu, Modal, Stack, Table, Text } from '@mantine/core';
import { formatDate, formatDateTime } from '@ascend/web/ui';
import { useState } from 'react';
import { subscriberSourceLabels, subscriberStatusColors, subscriberStatusLabels } from './newsletter-labels';
import type { CoachSubscriber } from './use-subscribers';

interface SubscriberRowProps {
  subscriber: CoachSubscriber;
  onDetails: () => void;
  onUnsubscribe: () => void;
  onDelete: () => Promise<unknown>;
}

/** One subscriber, with its menu: consent details, unsubscribing on their behalf, erasing them (asked first). */
export function SubscriberRow({ subscriber, onDetails, onUnsubscribe, onDelete }: SubscriberRowProps) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const canUnsubscribe = subscriber.status === 'SUBSCRIBED' || subscriber.status === 'PENDING';

  const erase = () => {
    setDeleting(true);
    onDelete()
      .catch(() => undefined)
      .finally(() => {
        setDeleting(false);
        setConfirmingDelete(false);
      });
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {subscriber.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{subscriber.name || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={subscriberStatusColors[subscriber.status]}>
          {subscriberStatusLabels[subscriber.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{subscriberSourceLabels[subscriber.source] ?? subscriber.source}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{subscriber.consentAt ? formatDateTime(subscriber.consentAt) : 'None recorded'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(subscriber.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="subtle" size="xs" aria-label={`Actions for ${subscriber.email}`}>
              ⋯
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={onDetails}>Consent details</Menu.Item>
            {canUnsubscribe && <Menu.Item onClick={onUnsubscribe}>Unsubscribe</Menu.Item>}
            <Menu.Item color="red" onClick={() => setConfirmingDelete(true)}>
              Delete
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Modal opened={confirmingDelete} onClose={() => setConfirmingDelete(false)} title={`Delete ${subscriber.email}?`} centered>
          <Stack gap="md">
            <Text size="sm">
              Their address, name and consent record are erased for good, as when someone asks to be forgotten. To stop mailing them but keep the record, unsubscribe them instead.
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirmingDelete(false)}>
                Keep them
              </Button>
              <Button color="red" loading={deleting} onClick={erase}>
                Delete subscriber
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  );
}
