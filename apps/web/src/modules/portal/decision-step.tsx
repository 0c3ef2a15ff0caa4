import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { formErrors, todayOnThisDevice, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import type { StepProps } from './method-page';
import { StepFrame } from './step-frame';
import { usePortalActions } from './use-portal';

/** Step 2: the decision to change, in the client's words, and the day it was made. */
export function DecisionStep({ method, onDone }: StepProps) {
  const { makeDecision } = usePortalActions();
  const form = useFormFields({ commitment: method.decision?.commitment ?? '', decidedOn: method.decision?.decidedOn ?? todayOnThisDevice() });
  const errors = formErrors(makeDecision.error, { 'input.commitment': 'commitment', 'input.decidedOn': 'decidedOn' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ commitment: 'Write down your decision', decidedOn: 'Give the day you decided' })) return;
    makeDecision.mutate({ commitment: form.values.commitment.trim(), decidedOn: form.values.decidedOn }, { onSuccess: onDone });
  };

  return (
    <StepFrame number={2} title="Decision" intro="Make a real decision to change. What are you committing to stop, or start?" error={errors.message}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" align="flex-start">
          <Textarea label="Your decision" description="For example: I stop rescuing every deadline myself." autosize minRows={2} w="100%" {...form.bind('commitment')} error={form.missing.commitment ?? errors.fields.commitment} />
          <TextInput label="Decided on" type="date" {...form.bind('decidedOn')} error={form.missing.decidedOn ?? errors.fields.decidedOn} />
          <Button type="submit" loading={makeDecision.isPending}>
            Save decision
          </Button>
        </Stack>
      </form>
    </StepFrame>
  );
}
