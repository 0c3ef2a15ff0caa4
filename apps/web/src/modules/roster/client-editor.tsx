import { Alert, Button, Group, Modal, NativeSelect, Stack, TagsInput } from '@mantine/core';
import type { ClientStatus } from '@ascend/web/data-access';
import { formErrors, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { TimeZoneSelect } from '../practices/time-zone-select';
import { CoachSelect } from './add-client-form';
import { dayOptions, statusLabels } from './roster-labels';
import { type RosterClient, useRosterActions } from './use-roster';

const statusOptions = Object.entries(statusLabels).map(([value, label]) => ({ value, label }));

/** Status, coach (owners and admins), tags, check-in day and time zone of one client, in a dialog. */
export function ClientEditor({ client, onClose }: { client: RosterClient; onClose: () => void }) {
  const practice = useCurrentPractice();
  const assignsCoaches = allows(practice.role, 'manageInvitations');
  const { update } = useRosterActions();
  const form = useFormFields({
    status: client.status as string,
    coachUserId: client.coach?.id ?? '',
    checkInDay: String(client.checkInDay),
    timeZone: client.timeZone,
  });
  const [tags, setTags] = useState(client.tags);
  const errors = formErrors(update.error, {
    'input.status': 'status',
    'input.coachUserId': 'coachUserId',
    'input.checkInDay': 'checkInDay',
    'input.timeZone': 'timeZone',
    'input.tags': 'tags',
  } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { status, coachUserId, checkInDay, timeZone } = form.values;
    update.mutate(
      {
        clientId: client.id,
        status: status as ClientStatus,
        tags,
        checkInDay: Number(checkInDay),
        timeZone,
        ...(assignsCoaches ? { coachUserId: coachUserId || null } : {}),
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Edit ${client.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {errors.message && (
            <Alert color="red" variant="light" title="Nothing was changed">
              {errors.message}
            </Alert>
          )}
          <NativeSelect label="Status" data={statusOptions} {...form.bind('status')} error={errors.fields.status} />
          {assignsCoaches && <CoachSelect value={form.values.coachUserId} onChange={(v) => form.setValue('coachUserId', v)} error={errors.fields.coachUserId} />}
          <TagsInput label="Tags" value={tags} onChange={setTags} error={errors.fields.tags} />
          <NativeSelect label="Check-in day" data={dayOptions} {...form.bind('checkInDay')} error={errors.fields.checkInDay} />
          <TimeZoneSelect value={form.values.timeZone} onChange={(zone) => form.setValue('timeZone', zone)} error={errors.fields.timeZone} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
