import { Button, Stack, Textarea } from '@mantine/core';
import { formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import type { StepProps } from './method-page';
import { StepFrame } from './step-frame';
import { usePortalActions } from './use-portal';

/** Step 4: the future-self statement, the leader the client is becoming, to act from. */
export function FutureSelfStep({ method, onDone }: StepProps) {
  const { setFutureSelf } = usePortalActions();
  const form = useFormFields({ statement: method.futureSelf?.statement ?? '' });
  const errors = formErrors(setFutureSelf.error, { 'input.statement': 'statement' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ statement: 'Describe the leader you are becoming' })) return;
    setFutureSelf.mutate(form.values.statement.trim(), { onSuccess: onDone });
  };

  return (
    <StepFrame number={4} title="Future self" intro="Write, in the present tense, who you are as the leader you are becoming. Act from this person each week." error={errors.message}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" align="flex-start">
          <Textarea
            label="Your future-self statement"
            description="For example: I am the leader whose team delivers without me in every room."
            autosize
            minRows={3}
            w="100%"
            {...form.bind('statement')}
            error={form.missing.statement ?? errors.fields.statement}
          />
          <Button type="submit" loading={setFutureSelf.isPending}>
            Save statement
          </Button>
        </Stack>
      </form>
    </StepFrame>
  );
}
