import { Alert, Button, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { OfferingBilling } from '@ascend/web/data-access';
import { formErrors } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { useCoaches } from '../roster/use-coaches';
import {
  createInputOf,
  newOfferingValues,
  type OfferingField,
  offeringFieldsByApiName,
  type OfferingFormValues,
  type OfferingProblems,
  updateInputOf,
  valuesOf,
} from './offering-form-values';
import { CURRENCIES, centsOf, priceText } from './sales-text';
import { type SalesOffering, useCreateOffering, useUpdateOffering } from './use-offerings';

const currencyOptions = CURRENCIES.map((currency) => ({ value: currency, label: currency.toUpperCase() }));

/**
 * A package's fields, new or saved. Address, currency and billing are set once: buyers' purchases and shared links
 * refer to them. What was typed stays when the API refuses it, with its reasons under the fields.
 */
export function OfferingForm({ offering, onDone }: { offering: SalesOffering | null; onDone: () => void }) {
  const practice = useCurrentPractice();
  const create = useCreateOffering();
  const update = useUpdateOffering();
  const saving = offering ? update : create;
  const { coaches } = useCoaches();
  const [values, setValues] = useState<OfferingFormValues>(() => (offering ? valuesOf(offering) : newOfferingValues()));
  const [problems, setProblems] = useState<OfferingProblems>({});
  const api = formErrors(saving.error, offeringFieldsByApiName);
  const apiFields: OfferingProblems = api.fields;
  const messageOf = (field: OfferingField) => problems[field] ?? apiFields[field];
  const set = (field: OfferingField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };
  const bind = (field: OfferingField) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field)(event.currentTarget.value),
    error: messageOf(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = offering ? updateInputOf(offering.id, values) : createInputOf(values);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    if ('id' in result.input) update.mutate(result.input, { onSuccess: onDone });
    else create.mutate(result.input, { onSuccess: onDone });
  };

  // The coach chosen before stays listed while the team loads, or after they left it.
  const coachOptions = [
    { value: '', label: 'No coach: assign one after each purchase' },
    ...(offering?.coachUserId && !coaches.some((c) => c.value === offering.coachUserId) ? [{ value: offering.coachUserId, label: offering.coachName ?? 'Former coach' }] : []),
    ...coaches,
  ];
  const priceCents = centsOf(values.price);
  const months = Number(values.months);
  const preview = priceCents && Number.isInteger(months) && months > 0 ? priceText({ priceCents, currency: values.currency, billing: values.billing, months }) : null;

  return (
    <form onSubmit={submit} noValidate aria-label="Package">
      <Stack gap="sm">
        {api.message && (
          <Alert color="red" variant="light" title="Nothing was saved">
            {api.message}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={160} placeholder="12-month leadership accelerator" {...bind('title')} />
        <TextInput
          label="Address"
          description={
            offering
              ? 'Fixed once created, so links you shared keep working.'
              : `${window.location.origin}/p/${practice.practiceSlug}/packages/… Leave empty to make one from the title.`
          }
          disabled={Boolean(offering)}
          {...bind('slug')}
        />
        <Textarea label="Description" description="Markdown: **bold**, *italic*, lists and links." autosize minRows={5} {...bind('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Price" required inputMode="decimal" placeholder="4800" description="In the currency’s units, e.g. 4800 or 400.50" {...bind('price')} />
          <NativeSelect label="Currency" data={currencyOptions} disabled={Boolean(offering)} {...bind('currency')} />
        </SimpleGrid>
        <Radio.Group label="Billing" value={values.billing} onChange={(value) => set('billing')(value as OfferingBilling)} error={messageOf('billing')}>
          <Group mt={6}>
            <Radio value="ONE_TIME" label="One payment" disabled={Boolean(offering)} />
            <Radio value="MONTHLY" label="Monthly payments" disabled={Boolean(offering)} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Months"
            description={values.billing === 'MONTHLY' ? 'How many monthly payments; the package runs as long.' : 'How long the package runs.'}
            required
            min={1}
            max={60}
            allowDecimal={false}
            value={values.months}
            onChange={(value) => set('months')(String(value))}
            error={messageOf('months')}
          />
          <NativeSelect label="Coach" description="Buyers become this coach’s clients." data={coachOptions} {...bind('coachUserId')} />
        </SimpleGrid>
        {preview && (
          <Text size="sm" c="gray.7" aria-live="polite">
            Buyers see: {preview}
          </Text>
        )}
        <Group mt="xs">
          <Button type="submit" loading={saving.isPending}>
            {offering ? 'Save changes' : 'Create package'}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
