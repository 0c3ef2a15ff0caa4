import { Alert, Button, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSessionStore } from '../auth/auth-provider';
import { AccountSection } from './account-section';
import { ACCOUNT_DELETED } from './navigation-notice';
import { useDeleteAccount } from './use-account';
import { useAccountForm } from './use-account-form';

export function DeleteAccountSection() {
  const [opened, setOpened] = useState(false);
  return (
    <AccountSection title="Delete your account" danger description="This cannot be undone.">
      <List size="sm" spacing={4}>
        <List.Item>Your sign-in, your sessions and your memberships are removed at once.</List.Item>
        <List.Item>The audit logs of your practices keep what you did, by “a deleted person”.</List.Item>
        <List.Item>If you are the last owner of a practice, make someone else owner there first.</List.Item>
      </List>
      <Group>
        <Button color="red" variant="outline" onClick={() => setOpened(true)}>
          Delete my account
        </Button>
      </Group>
      <DeleteAccountDialog opened={opened} onClose={() => setOpened(false)} />
    </AccountSection>
  );
}

/** Asks for the password, so nobody at an unlocked screen can delete someone else's account. */
function DeleteAccountDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const deleteAccount = useDeleteAccount();
  const store = useSessionStore();
  const navigate = useNavigate();
  const form = useAccountForm({ password: '' }, {}, deleteAccount, { 'input.password': 'password' });
  const refusal = form.failureMessage(deleteAccount.error);

  // The API has already ended the session; this page forgets it once the private page is gone, so the page never
  // sees a signed-out person and sends them to sign in instead of home.
  const deleted = useRef(false);
  useEffect(
    () => () => {
      if (deleted.current) store.endHere();
    },
    [store],
  );

  const close = () => {
    form.edit('password', '');
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ password: 'Enter your password' })) return;
    deleteAccount.mutate(
      { password: form.values.password },
      {
        onSuccess: () => {
          deleted.current = true;
          void navigate('/', { state: ACCOUNT_DELETED });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Delete your account?" closeButtonProps={{ 'aria-label': 'Close' }} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">Your account is removed at once and for good. You can sign up again later, starting from nothing.</Text>
          {refusal && (
            <Alert color="red" variant="light" title="Your account was not deleted">
              {refusal}
            </Alert>
          )}
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            required
            data-autofocus
            {...form.bind('password')}
            error={form.errorOf('password')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep my account
            </Button>
            <Button type="submit" color="red" loading={deleteAccount.isPending}>
              Delete my account for good
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
