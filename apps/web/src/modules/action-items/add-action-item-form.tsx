import { Alert, Button, Flex, NativeSelect, TextInput } from '@mantine/core';
import type { ActionItemOwner } from '@ascend/web/data-access';
import { formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { type ActionItemList, useActionItemActions } from './use-action-items';

export interface AddActionItemFormProps {
  list: ActionItemList;
  /** The client the items belong to; a client adding their own leaves it out (the API takes their own record). */
  clientId?: string;
}

/** A new action item: coaches choose its owner, clients add their own. */
export function AddActionItemForm({ list, clientId }: AddActionItemFormProps) {
  const { add } = useActionItemActions(list);
  const coachSide = !('mine' in list);
  const form = useFormFields({ title: '', owner: 'CLIENT', dueOn: '' });
  const errors = formErrors(add.error, { 'input.title': 'title', 'input.owner': 'owner', 'input.dueOn': 'dueOn' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ title: 'Say what is to be done' })) return;
    add.mutate(
      { clientId, title: form.values.title.trim(), owner: form.values.owner as ActionItemOwner, dueOn: form.values.dueOn || null },
      {
        onSuccess: () => {
          form.setValue('title', '');
          form.setValue('dueOn', '');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add an action item">
      {errors.message && (
        <Alert color="red" variant="light" title="The action item was not added" mb="sm">
          {errors.message}
        </Alert>
      )}
      <Flex direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-start' }} gap="sm">
        <TextInput label="New action item" required {...form.bind('title')} error={form.missing.title ?? errors.fields.title} style={{ flex: 1 }} />
        {coachSide && (
          <NativeSelect
            label="Whose"
            data={[
              { value: 'CLIENT', label: 'Client' },
              { value: 'COACH', label: 'Coach (you)' },
            ]}
            {...form.bind('owner')}
            error={errors.fields.owner}
            w={140}
          />
        )}
        <TextInput label="Due" type="date" {...form.bind('dueOn')} error={errors.fields.dueOn} w={170} />
        <Button type="submit" loading={add.isPending} mt={{ base: 'xs', sm: 25 }} style={{ alignSelf: 'flex-start' }}>
          Add
        </Button>
      </Flex>
    </form>
  );
}
