import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { type OperatorPractice, useSuspension } from './use-operator';

const REASON_MAX = 500;

interface DialogProps {
  practice: OperatorPractice | null;
  opened: boolean;
  onClose: () => void;
}

/** Asks why before suspending: the reason goes to the audit trail and stays on the practice's row. */
export function SuspendDialog({ practice, opened, onClose }: DialogProps) {
  const { suspend } = useSuspension();
  const form = useFormFields({ reason: '' });
  const errors = formErrors(suspend.error, { reason: 'reason' } as const);
  const close = () => {
    suspend.reset();
    form.setValue('reason', '');
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!practice || !form.requireFilled({ reason: 'Say why the practice is suspended' })) return;
    suspend.mutate({ practiceId: practice.id, reason: form.values.reason.trim() }, { onSuccess: close });
  };

  return (
    <Modal opened={opened} onClose={close} title={`Suspend ${practice?.name ?? ''}?`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Its members are refused at once and its public pages say it is unavailable. Nothing is deleted, and you can reactivate it at any time.
          </Text>
          {errors.message && (
            <Alert color="red" variant="light" title="The practice was not suspended">
              {errors.message}
            </Alert>
          )}
          <Textarea
            label="Reason"
            description="Kept in the operators' audit trail."
            required
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            {...form.bind('reason')}
            error={form.missing.reason ?? errors.fields.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={suspend.isPending}>
              Suspend the practice
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Confirms before reactivating: the practice works again at once. */
export function ReactivateDialog({ practice, opened, onClose }: DialogProps) {
  const { reactivate } = useSuspension();
  const close = () => {
    reactivate.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={`Reactivate ${practice?.name ?? ''}?`} centered>
      <Stack gap="md">
        <Text size="sm">Its members can work again and its public pages open at once.</Text>
        {practice?.suspendedReason && (
          <Text size="sm" c="gray.7">
            Suspended because: {practice.suspendedReason}
          </Text>
        )}
        {reactivate.error && (
          <Alert color="red" variant="light" title="The practice was not reactivated">
            {reactivate.error.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button loading={reactivate.isPending} onClick={() => practice && reactivate.mutate(practice.id, { onSuccess: close })}>
            Reactivate the practice
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
