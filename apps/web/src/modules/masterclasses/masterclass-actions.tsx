import { Alert, Button, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type CoachMasterclass, useMasterclassActions } from './use-masterclasses';

type Confirming = 'cancel' | 'delete' | null;

/** What can be done with the masterclass in its state; cancelling and deleting ask first. */
export function MasterclassActions({ masterclass, started }: { masterclass: CoachMasterclass; started: boolean }) {
  const navigate = useNavigate();
  const { publish, cancel, complete, remove } = useMasterclassActions();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const failure = publish.error ?? cancel.error ?? complete.error ?? remove.error;
  const { status } = masterclass;
  const registrants = masterclass.seatsTaken + masterclass.waitlisted;

  const resetAll = () => [publish, cancel, complete, remove].forEach((action) => action.reset());

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {status !== 'CANCELLED' && (
          <Button component={Link} to={`/app/masterclasses/${masterclass.id}/edit`} variant="default">
            Edit
          </Button>
        )}
        {status === 'DRAFT' && (
          <Button onClick={() => publish.mutate(masterclass.id)} loading={publish.isPending}>
            Publish
          </Button>
        )}
        {status === 'PUBLISHED' && started && (
          <Button onClick={() => complete.mutate(masterclass.id)} loading={complete.isPending} variant="light">
            Mark as completed
          </Button>
        )}
        {status !== 'DRAFT' && status !== 'CANCELLED' && (
          <CopyButton value={masterclass.publicUrl}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? 'Link copied' : 'Copy public link'}
              </Button>
            )}
          </CopyButton>
        )}
        {(status === 'DRAFT' || status === 'PUBLISHED') && (
          <Button variant="subtle" color="red" onClick={() => setConfirming('cancel')}>
            Cancel masterclass
          </Button>
        )}
        {status === 'DRAFT' && (
          <Button variant="subtle" color="red" onClick={() => setConfirming('delete')}>
            Delete draft
          </Button>
        )}
      </Group>
      {failure && (
        <Alert color="red" variant="light" title="That was not done" withCloseButton onClose={resetAll}>
          {failure.message}
        </Alert>
      )}

      <Modal opened={confirming === 'cancel'} onClose={() => setConfirming(null)} title={`Cancel ${masterclass.title}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {status === 'PUBLISHED'
              ? `Every registrant (${registrants === 1 ? '1 person' : `${registrants} people`}, the waitlist included) will be emailed that it is cancelled, and their calendars drop it. This cannot be undone.`
              : 'It is a draft, so nobody has registered: nobody is emailed. It stays in the list as cancelled.'}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Keep it
            </Button>
            <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate(masterclass.id, { onSettled: () => setConfirming(null) })}>
              {status === 'PUBLISHED' ? 'Cancel and email registrants' : 'Cancel the draft'}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={confirming === 'delete'} onClose={() => setConfirming(null)} title={`Delete ${masterclass.title}?`} centered>
        <Stack gap="md">
          <Text size="sm">The draft goes away for good.</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(masterclass.id, {
                  onSuccess: () => void navigate('/app/masterclasses', { replace: true }),
                  onSettled: () => setConfirming(null),
                })
              }
            >
              Delete draft
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
