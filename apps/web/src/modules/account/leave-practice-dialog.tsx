import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { roleWithArticle } from '../auth/permissions';
import type { Membership } from '../auth/session-store';
import { accessLostByRole } from './account-rules';

interface LeavePracticeDialogProps {
  /** Kept by the caller after closing, so the text does not change while the dialog fades out. */
  membership: Membership | null;
  opened: boolean;
  leaving: boolean;
  onLeave: () => void;
  onClose: () => void;
}

/** Asks before leaving: access ends at once, and only a new invitation brings the person back. */
export function LeavePracticeDialog({ membership, opened, leaving, onLeave, onClose }: LeavePracticeDialogProps) {
  const name = membership?.practiceName ?? '';
  return (
    <Modal opened={opened} onClose={onClose} title={`Leave ${name}?`} closeButtonProps={{ 'aria-label': 'Close' }} centered>
      <Stack gap="md">
        <Text size="sm">
          You will lose access to {name} at once
          {membership ? `: ${accessLostByRole[membership.role]}. You are ${roleWithArticle[membership.role]} there now.` : '.'}
        </Text>
        <Text size="sm">To come back, someone at the practice has to invite you again.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Stay
          </Button>
          <Button color="red" onClick={onLeave} loading={leaving}>
            Leave the practice
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
