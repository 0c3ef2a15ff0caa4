import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { personNameRule } from '../auth/name-rules';
import { AccountSection } from './account-section';
import { FormNotice } from './form-notice';
import { type AccountDetails, useChangeName } from './use-account';
import { useAccountForm } from './use-account-form';

export function NameSection({ account }: { account: AccountDetails }) {
  const changeName = useChangeName();
  const form = useAccountForm({ name: account.name }, { name: personNameRule }, changeName, { 'input.name': 'name' });
  const { notice } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    if (!form.requireFilled({ name: 'Enter your name' })) return;
    changeName.mutate(form.values.name.trim(), {
      onSuccess: (saved) => notice.show({ tone: 'success', title: 'Your name is saved', message: `Your practices now see you as ${saved.name}.` }),
      onError: (error) => {
        const message = form.failureMessage(error);
        if (message) notice.show({ tone: 'error', title: 'Your name was not saved', message });
      },
    });
  };

  return (
    <AccountSection title="Your name" description="How your practices, coaches and clients see you.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormNotice notice={notice.notice} onClose={notice.clear} />
          <TextInput label="Your name" autoComplete="name" required {...form.bind('name')} error={form.errorOf('name')} />
          <Group>
            <Button type="submit" loading={changeName.isPending}>
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountSection>
  );
}
