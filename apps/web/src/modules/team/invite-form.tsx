import { Alert, Button, Flex, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import type { Role } from '@ascend/web/data-access';
import { formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { invitableRoles, roleNames } from '../auth/permissions';
import { useInvitationActions } from './use-team';

export function InviteForm() {
  const practice = useCurrentPractice();
  const { invite } = useInvitationActions();
  const form = useFormFields({ email: '', role: 'COACH' });
  const errors = formErrors(invite.error, { 'input.email': 'email', 'input.role': 'role' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ email: 'Enter the email to invite' })) return;
    invite.mutate(
      { email: form.values.email.trim(), role: form.values.role as Role },
      { onSuccess: () => form.setValue('email', '') },
    );
  };

  return (
    <Paper component="section" aria-labelledby="invite-heading" withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h4" id="invite-heading" mb="md">
        Invite someone
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {errors.message && (
            <Alert color="red" variant="light" title="The invitation was not sent">
              {errors.message}
            </Alert>
          )}
          {invite.isSuccess && (
            <Alert color="teal" variant="light" title="Invitation sent">
              We mailed {invite.data.email} a link to join {practice.practiceName} as {roleNames[invite.data.role].toLowerCase()}. It works
              for 7 days.
            </Alert>
          )}
          <Flex direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-start' }} gap="sm">
            <TextInput
              label="Email"
              type="email"
              autoComplete="off"
              required
              {...form.bind('email')}
              error={form.missing.email ?? errors.fields.email}
              style={{ flex: 1 }}
            />
            <NativeSelect
              label="Role"
              data={invitableRoles(practice.role).map((role) => ({ value: role, label: roleNames[role] }))}
              {...form.bind('role')}
              error={errors.fields.role}
              miw={160}
            />
            {/* In a row, the button lines up with the inputs below their labels. */}
            <Button type="submit" loading={invite.isPending} mt={{ base: 'xs', sm: 25 }} style={{ alignSelf: 'flex-start' }}>
              Send invitation
            </Button>
          </Flex>
        </Stack>
      </form>
    </Paper>
  );
}
