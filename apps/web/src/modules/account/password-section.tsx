import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { newPasswordRule, PASSWORD_RULE } from '../auth/password-rule';
import { confirmationProblem } from './account-rules';
import { AccountSection } from './account-section';
import { FormNotice } from './form-notice';
import { useChangePassword } from './use-account';
import { useAccountForm } from './use-account-form';

const API_FIELDS = { 'input.currentPassword': 'currentPassword', 'input.newPassword': 'newPassword' } as const;

export function PasswordSection() {
  const changePassword = useChangePassword();
  const form = useAccountForm(
    { currentPassword: '', newPassword: '', confirmation: '' },
    { newPassword: newPasswordRule },
    changePassword,
    API_FIELDS,
  );
  const { notice, values } = form;
  const [tried, setTried] = useState(false);
  const mismatch = confirmationProblem(values.newPassword, values.confirmation, tried);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    const filled = form.requireFilled({
      currentPassword: 'Enter your current password',
      newPassword: 'Choose a new password',
      confirmation: 'Type the new password again',
    });
    setTried(true);
    if (!filled || confirmationProblem(values.newPassword, values.confirmation, true)) return;
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          for (const field of ['currentPassword', 'newPassword', 'confirmation'] as const) form.setValue(field, '');
          setTried(false);
          notice.show({
            tone: 'success',
            title: 'Your password is changed',
            message: 'Every other session of your account was signed out; this one goes on. Sign in with the new password elsewhere.',
          });
        },
        onError: (error) => {
          const message = form.failureMessage(error);
          if (message) notice.show({ tone: 'error', title: 'Your password was not changed', message });
        },
      },
    );
  };

  return (
    <AccountSection title="Password" description="Changing it signs you out everywhere else, for example on a shared or lost device.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormNotice notice={notice.notice} onClose={notice.clear} />
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.bind('currentPassword')}
            error={form.errorOf('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            {...form.bind('newPassword')}
            error={form.errorOf('newPassword')}
          />
          <PasswordInput
            label="Confirm the new password"
            autoComplete="new-password"
            required
            {...form.bind('confirmation')}
            error={form.errorOf('confirmation') ?? mismatch}
          />
          <Group>
            <Button type="submit" loading={changePassword.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountSection>
  );
}
