import { Button, Flex, NativeSelect, Paper, TextInput, Title } from '@mantine/core';
import type { Role } from '@ascend/web/data-access';
import { fieldRules, formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { invitableRoles, roleNames } from '../auth/permissions';
import { SectionNotice, useNotice } from './section-notice';
import { doneMessages } from './team-words';
import { useInvitationActions } from './use-team';

const API_FIELDS = { 'input.email': 'email', 'input.role': 'role' } as const;

export function InviteForm() {
  const practice = useCurrentPractice();
  const { invite } = useInvitationActions();
  const notices = useNotice();
  const form = useFormFields({ email: '', role: 'COACH' }, { email: fieldRules.email() });
  const errors = formErrors(invite.error, API_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notices.clear();
    if (!form.requireFilled({ email: 'Enter the email to invite' })) return;
    invite.mutate(
      { email: form.values.email.trim(), role: form.values.role as Role },
      {
        onSuccess: (sent) => {
          form.setValue('email', '');
          notices.succeeded(doneMessages.invitationSent(sent.email, sent.role, practice.practiceName));
        },
        // A problem with a field shows under it; only the others need the message above the form.
        onError: (error) => formErrors(error, API_FIELDS).message && notices.failed(error),
      },
    );
  };

  return (
    <Paper component="section" aria-labelledby="invite-heading" withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h4" id="invite-heading" mb="md">
        Invite someone
      </Title>
      <form onSubmit={submit} noValidate>
        <SectionNotice notices={notices} />
        <Flex direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-start' }} gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            required
            {...form.bind('email')}
            error={form.problems.email ?? errors.fields.email}
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
      </form>
    </Paper>
  );
}
