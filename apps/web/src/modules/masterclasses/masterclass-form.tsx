import { Alert, Button, Fieldset, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { MasterclassInput } from '@ascend/web/data-access';
import { formErrors, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { TimeZoneSelect } from '../practices/time-zone-select';
import { useCoaches } from '../roster/use-coaches';
import { DescriptionField } from './description-field';
import { fieldsByApiName, type FormProblems, inputOf, type MasterclassFormValues, zonedInstant } from './masterclass-form-values';
import { masterclassTime } from './masterclass-labels';

interface MasterclassFormProps {
  initial: MasterclassFormValues;
  /** The failed submission, whose field problems show under their fields. */
  error: Error | null;
  saving: boolean;
  /** The host when the form opened, by name. */
  initialHost: { value: string; label: string } | null;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: MasterclassInput) => void;
}

/**
 * Every field of a masterclass. Start and deadline are typed on the clocks of the presenting zone and sent as UTC
 * instants; what was typed stays in place when the API refuses it, with its reasons under the fields.
 */
export function MasterclassForm({ initial, initialHost, error, saving, submitLabel, cancelTo, onSubmit }: MasterclassFormProps) {
  const practice = useCurrentPractice();
  const form = useFormFields(initial);
  const [problems, setProblems] = useState<FormProblems>({});
  const { coaches } = useCoaches();
  const api = formErrors(error, fieldsByApiName);
  const values = form.values;
  const apiFields: FormProblems = api.fields;
  const messageOf = (field: keyof MasterclassFormValues) => form.missing[field] ?? problems[field] ?? apiFields[field];
  const { setValue } = form;
  const change = useCallback(
    (field: keyof MasterclassFormValues, value: string) => {
      setValue(field, value);
      setProblems((current) => ({ ...current, [field]: undefined }));
    },
    [setValue],
  );
  // Stable, so the memoised time zone list (hundreds of options) does not re-render on every keystroke elsewhere.
  const setTimeZone = useCallback((zone: string) => change('timeZone', zone), [change]);
  const set = (field: keyof MasterclassFormValues) => (value: string) => change(field, value);
  const bind = (field: keyof MasterclassFormValues) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field)(event.currentTarget.value),
    error: messageOf(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ title: 'Enter a title', startDate: 'Pick the day', startTime: 'Pick the time', timeZone: 'Pick the time zone' })) return;
    const result = inputOf(values);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    onSubmit(result.input);
  };

  const start = zonedInstant(values.startDate, values.startTime, values.timeZone);
  const viewerTime = start instanceof Date ? masterclassTime(start.toISOString(), values.timeZone).viewer : null;
  // The host chosen before stays listed while the team loads (or after they left it); a masterclass may have none.
  const hosts = [
    ...(values.hostUserId ? [] : [{ value: '', label: 'No host' }]),
    ...(initialHost && !coaches.some((c) => c.value === initialHost.value) ? [initialHost] : []),
    ...coaches,
  ];

  return (
    <form onSubmit={submit} noValidate aria-label="Masterclass">
      <Stack gap="lg">
        {api.message && (
          <Alert color="red" variant="light" title="Nothing was saved">
            {api.message}
          </Alert>
        )}
        <Stack gap="sm">
          <TextInput label="Title" required maxLength={160} {...bind('title')} />
          <TextInput
            label="Address"
            description={`${window.location.origin}/p/${practice.practiceSlug}/masterclasses/… Leave empty to make one from the title.`}
            placeholder="leading-without-fixing"
            {...bind('slug')}
          />
          <DescriptionField value={values.description} onChange={set('description')} error={messageOf('description')} />
        </Stack>

        <Fieldset legend="When">
          <Stack gap="sm">
            <TimeZoneSelect value={values.timeZone} onChange={setTimeZone} error={messageOf('timeZone')} description="The zone the masterclass is presented in; the times below are on its clocks." />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Day" type="date" required {...bind('startDate')} />
              <TextInput label="Start time" type="time" required {...bind('startTime')} error={messageOf('startTime') ?? (messageOf('startDate') ? true : undefined)} />
              <NumberInput label="Duration (minutes)" required min={5} max={720} step={15} allowDecimal={false} value={values.durationMinutes}
                onChange={(v) => set('durationMinutes')(String(v))} error={messageOf('durationMinutes')} />
            </SimpleGrid>
            {viewerTime && (
              <Text size="sm" c="gray.7" aria-live="polite">
                That is {viewerTime}.
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Registration closes on" type="date" description="Optional: at the start if left empty." {...bind('deadlineDate')} />
              <TextInput label="Registration closes at" type="time" {...bind('deadlineTime')} error={messageOf('deadlineDate') ? true : undefined} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Seats and admission">
          <Stack gap="sm">
            <NumberInput label="Capacity" description="Seats; once they are taken, registrants join the waitlist." required min={1} allowDecimal={false} w={{ base: '100%', sm: 260 }}
              value={values.capacity} onChange={(v) => set('capacity')(String(v))} error={messageOf('capacity')} />
            <Radio.Group label="Admission" value={values.admission} onChange={(v) => set('admission')(v)}>
              <Group mt={6}>
                <Radio value="COMPLIMENTARY" label="Complimentary" />
                <Radio value="PAID" label="Paid" />
              </Group>
            </Radio.Group>
            {values.admission === 'PAID' && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Price" required inputMode="decimal" placeholder="25.00" {...bind('price')} />
                <TextInput label="Currency" required maxLength={3} placeholder="EUR" {...bind('currency')} />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Host and links">
          <Stack gap="sm">
            <NativeSelect label="Host" data={hosts} {...bind('hostUserId')} w={{ base: '100%', sm: 320 }} />
            <TextInput label="Join link" type="url" description="Shown only to confirmed registrants: in their emails and on their page." placeholder="https://" {...bind('joinUrl')} />
            <TextInput label="Replay link" type="url" description="Add it afterwards: registrants are emailed the replay." placeholder="https://" {...bind('replayUrl')} />
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
