import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Confirmation } from './team-words';

interface ConfirmDialogProps {
  opened: boolean;
  /** Kept by the caller after closing, so the text does not change while the dialog fades out. */
  confirmation: Confirmation | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a change that takes something from someone, saying what they gain or lose. */
export function ConfirmDialog({ opened, confirmation, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    // While the change is being made, the dialog stays until the answer comes.
    <Modal opened={opened} onClose={() => !busy && onCancel()} title={confirmation?.title} closeButtonProps={{ 'aria-label': 'Close' }} centered>
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {confirmation?.body}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button color={confirmation?.takesAway ? 'red' : undefined} loading={busy} onClick={onConfirm}>
            {confirmation?.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
