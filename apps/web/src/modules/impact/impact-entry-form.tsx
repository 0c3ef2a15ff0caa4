import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ImpactOutcomeKind } from '@ascend/web/data-access';
import { formErrors, todayOnThisDevice, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { outcomeKinds, significanceLabels } from './impact-words';
import { type ImpactEntry, useImpactActions } from './use-impact';

/** What the form starts from: an entry to change, a check-in to log, or nothing (a new entry). */
export type ImpactDraft =
  | { kind: 'new' }
  | { kind: 'edit'; entry: ImpactEntry }
  | { kind: 'from-check-in'; checkInId: string; weekStart: string; impactMadeLegible: string };

const API_FIELDS = {
  'input.whatIDid': 'whatIDid',
  'input.outcome': 'outcome',
  'input.outcomeKind': 'outcomeKind',
  'input.beneficiary': 'beneficiary',
  'input.significance': 'significance',
  'input.occurredOn': 'occurredOn',
  'input.checkInId': 'outcome',
} as const;

function initialValues(draft: ImpactDraft) {
  switch (draft.kind) {
    case 'edit': {
      const { whatIDid, outcome, outcomeKind, beneficiary, significance, occurredOn } = draft.entry;
      return { whatIDid, outcome, outcomeKind: outcomeKind as string, beneficiary, significance: String(significance), occurredOn };
    }
    case 'from-check-in':
      return { whatIDid: '', outcome: draft.impactMadeLegible, outcomeKind: 'OTHER', beneficiary: '', significance: '3', occurredOn: draft.weekStart };
    case 'new':
      return { whatIDid: '', outcome: '', outcomeKind: 'TIME_SAVED', beneficiary: '', significance: '3', occurredOn: todayOnThisDevice() };
  }
}

/** Logs an outcome or changes one; the API's refusals show under the fields they name. */
export function ImpactEntryForm({ draft, onDone, onCancel }: { draft: ImpactDraft; onDone: () => void; onCancel: () => void }) {
  const { add, update } = useImpactActions();
  const mutation = draft.kind === 'edit' ? update : add;
  const form = useFormFields(initialValues(draft));
  const errors = formErrors(mutation.error, API_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled({
      whatIDid: 'Say what you did',
      outcome: 'Describe the outcome in business terms',
      occurredOn: 'Give the date it happened',
    });
    if (!filled) return;
    const fields = {
      whatIDid: form.values.whatIDid.trim(),
      outcome: form.values.outcome.trim(),
      outcomeKind: form.values.outcomeKind as ImpactOutcomeKind,
      beneficiary: form.values.beneficiary.trim(),
      significance: Number(form.values.significance),
      occurredOn: form.values.occurredOn,
    };
    if (draft.kind === 'edit') update.mutate({ ...fields, id: draft.entry.id }, { onSuccess: onDone });
    else add.mutate({ ...fields, ...(draft.kind === 'from-check-in' ? { checkInId: draft.checkInId } : {}) }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors.message && (
          <Alert color="red" variant="light" title="The outcome was not saved">
            {errors.message}
          </Alert>
        )}
        <Textarea
          label="What I did"
          description="The action, briefly: what you decided, changed, delegated or declined."
          autosize
          minRows={2}
          required
          {...form.bind('whatIDid')}
          error={form.missing.whatIDid ?? errors.fields.whatIDid}
        />
        <Textarea
          label="The outcome, in business terms"
          description="What would have happened without it? Time or money saved, revenue won, a risk avoided."
          autosize
          minRows={2}
          required
          {...form.bind('outcome')}
          error={form.missing.outcome ?? errors.fields.outcome}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label="Kind of outcome" data={outcomeKinds} {...form.bind('outcomeKind')} error={errors.fields.outcomeKind} />
          <NativeSelect
            label="Significance"
            data={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} – ${significanceLabels[n]}` }))}
            {...form.bind('significance')}
            error={errors.fields.significance}
          />
          <TextInput label="Who benefited" placeholder="A team, a customer, the business" {...form.bind('beneficiary')} error={errors.fields.beneficiary} />
          <TextInput label="When" type="date" required max={todayOnThisDevice()} {...form.bind('occurredOn')} error={form.missing.occurredOn ?? errors.fields.occurredOn} />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {draft.kind === 'edit' ? 'Save changes' : 'Log outcome'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
