import { Button, NativeSelect, Stack } from '@mantine/core';
import { formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { TimeZoneSelect } from '../practices/time-zone-select';
import { browserTimeZone } from '../practices/time-zones';
import type { StepProps } from './method-page';
import { WEEKDAYS } from './portal-text';
import { StepFrame } from './step-frame';
import { usePortalActions } from './use-portal';

/** Step 5: the weekly check-in day and the zone the client's weeks run in. */
export function AccountabilityStep({ method, onDone }: StepProps) {
  const { setUpAccountability } = usePortalActions();
  const { accountability } = method;
  const form = useFormFields({
    checkInDay: String(accountability.checkInDay),
    timeZone: accountability.setAt ? accountability.timeZone : browserTimeZone(),
  });
  const errors = formErrors(setUpAccountability.error, { 'input.checkInDay': 'checkInDay', 'input.timeZone': 'timeZone' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ timeZone: 'Choose your time zone' })) return;
    setUpAccountability.mutate({ checkInDay: Number(form.values.checkInDay), timeZone: form.values.timeZone }, { onSuccess: onDone });
  };

  return (
    <StepFrame
      number={5}
      title="Accountability"
      intro="Report back every week. Choose the day you check in; we remind you at 9:00 that morning, your time."
      error={errors.message}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" align="flex-start">
          <NativeSelect
            label="Check-in day"
            data={WEEKDAYS.map((day, index) => ({ value: String(index + 1), label: day }))}
            {...form.bind('checkInDay')}
            error={errors.fields.checkInDay}
          />
          <TimeZoneSelect value={form.values.timeZone} onChange={(zone) => form.setValue('timeZone', zone)} error={form.missing.timeZone ?? errors.fields.timeZone} />
          <Button type="submit" loading={setUpAccountability.isPending}>
            Save check-in day
          </Button>
        </Stack>
      </form>
    </StepFrame>
  );
}
