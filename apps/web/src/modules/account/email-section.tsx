import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FieldRule, fieldRules } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { AccountSection } from './account-section';
import { FormNotice } from './form-notice';
import { type AccountDetails, useEmailChange } from './use-account';
import { useAccountForm } from './use-account-form';

const API_FIELDS = { 'input.newEmail': 'newEmail', 'input.currentPassword': 'currentPassword' } as const;

export function EmailSection({ account }: { account: AccountDetails }) {
  const { request, cancel } = useEmailChange();
  const notYours: FieldRule = (value) => (value.trim().toLowerCase() === account.email.toLowerCase() ? 'This is already your address' : undefined);
  const form = useAccountForm({ newEmail: '', currentPassword: '' }, { newEmail: fieldRules.all(fieldRules.email(), notYours) }, request, API_FIELDS);
  const { notice } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    cancel.reset();
    if (!form.requireFilled({ newEmail: 'Enter the new address', currentPassword: 'Enter your current password' })) return;
    const newEmail = form.values.newEmail.trim();
    request.mutate(
      { newEmail, currentPassword: form.values.currentPassword },
      {
        onSuccess: () => {
          form.setValue('newEmail', '');
          form.setValue('currentPassword', '');
          notice.show({
            tone: 'success',
            title: 'Check the new address’s inbox',
            message: `We sent a link to ${newEmail}. Your address changes when you follow it; until then you sign in with ${account.email}.`,
          });
        },
        onError: (error) => {
          const message = form.failureMessage(error);
          if (message) notice.show({ tone: 'error', title: 'Your address was not changed', message });
        },
      },
    );
  };

  const cancelChange = () => {
    notice.clear();
    cancel.mutate(undefined, {
      onSuccess: () => notice.show({ tone: 'success', title: 'The change is cancelled', message: `You keep signing in with ${account.email}; the link we sent no longer works.` }),
      onError: (error) => notice.show({ tone: 'error', title: 'The change was not cancelled', message: error.message }),
    });
  };

  return (
    <AccountSection
      title="Sign-in address"
      description={
        <>
          You sign in with <strong>{account.email}</strong>, and mail from Ascend and your practices goes there.
        </>
      }
    >
      <FormNotice notice={notice.notice} onClose={notice.clear} />
      {account.pendingEmail && (
        <Alert color="blue" variant="light" title="A change is waiting for confirmation">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              <strong>{account.pendingEmail}</strong> becomes your sign-in address when the link we mailed there is followed (it works for 48
              hours).
            </Text>
            <Button size="xs" variant="default" onClick={cancelChange} loading={cancel.isPending}>
              Cancel this change
            </Button>
          </Stack>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="New address" type="email" autoComplete="email" required {...form.bind('newEmail')} error={form.errorOf('newEmail')} />
          <PasswordInput
            label="Current password"
            description="So nobody at an unlocked screen can take over your account."
            autoComplete="current-password"
            required
            {...form.bind('currentPassword')}
            error={form.errorOf('currentPassword')}
          />
          <Group>
            <Button type="submit" loading={request.isPending}>
              Send a confirmation link
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountSection>
  );
}
