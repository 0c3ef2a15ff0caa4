import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import type { ClientStatus } from '@ascend/web/data-access';
import { formErrors, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { statusLabels } from './roster-labels';
import { useCoaches } from './use-coaches';
import { useRosterActions } from './use-roster';

const statusOptions = Object.entries(statusLabels).map(([value, label]) => ({ value, label }));

/** Adds a person to the roster and, if asked, sends their client invitation at once; owners and admins also assign a coach. */
export function AddClientForm({ onDone }: { onDone: () => void }) {
  const practice = useCurrentPractice();
  const runsTeam = allows(practice.role, 'manageInvitations');
  const { add } = useRosterActions();
  const form = useFormFields({ name: '', email: '', status: 'ACTIVE', coachUserId: '' });
  const [tags, setTags] = useState<string[]>([]);
  const [invite, setInvite] = useState(false);
  const errors = formErrors(add.error, { 'input.name': 'name', 'input.email': 'email', 'input.coachUserId': 'coachUserId', 'input.tags': 'tags' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ name: 'Enter their name', email: 'Enter their email' })) return;
    const { name, email, status, coachUserId } = form.values;
    add.mutate(
      { name: name.trim(), email: email.trim(), status: status as ClientStatus, tags, invite, ...(coachUserId ? { coachUserId } : {}) },
      { onSuccess: onDone },
    );
  };

  return (
    <Paper component="section" aria-labelledby="add-client-heading" withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h4" id="add-client-heading" mb="md">
        Add a client
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {errors.message && (
            <Alert color="red" variant="light" title="The client was not added">
              {errors.message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required {...form.bind('name')} error={form.missing.name ?? errors.fields.name} />
            <TextInput label="Email" type="email" required autoComplete="off" {...form.bind('email')} error={form.missing.email ?? errors.fields.email} />
            <NativeSelect label="Status" data={statusOptions} {...form.bind('status')} />
            {runsTeam ? <CoachSelect value={form.values.coachUserId} onChange={(v) => form.setValue('coachUserId', v)} error={errors.fields.coachUserId} /> : <div />}
          </SimpleGrid>
          <TagsInput label="Tags" description="Press Enter after each tag" value={tags} onChange={setTags} error={errors.fields.tags} />
          <Checkbox
            label="Send a client invitation now"
            description="They get a link to join with an account of their own; their roster row joins it when they accept."
            checked={invite}
            onChange={(event) => setInvite(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add client
            </Button>
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function CoachSelect({ value, onChange, error }: { value: string; onChange: (userId: string) => void; error?: string }) {
  const { coaches } = useCoaches();
  return (
    <NativeSelect
      label="Coach"
      data={[{ value: '', label: 'No coach yet' }, ...coaches]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
