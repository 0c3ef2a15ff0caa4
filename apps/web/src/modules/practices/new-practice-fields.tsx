import { TextInput } from '@mantine/core';
import { type ChangeEvent, useCallback, useState } from 'react';
import { suggestSlug } from './practice-address';
import { PracticeAddressInput } from './practice-address-input';
import { TimeZoneSelect } from './time-zone-select';

type PracticeField = 'practiceName' | 'practiceSlug' | 'timeZone';

interface PracticeForm {
  values: Record<PracticeField, string>;
  setValue: (name: PracticeField, value: string) => void;
}

/** The address follows the practice name until the person edits it; sign-up and "Start a practice" share this. */
export function useNewPracticeAddress(form: PracticeForm) {
  const [slugTyped, setSlugTyped] = useState(false);
  const { setValue } = form;
  const onSlugChange = useCallback(
    (value: string) => {
      setSlugTyped(true);
      setValue('practiceSlug', value);
    },
    [setValue],
  );
  const onTimeZoneChange = useCallback((zone: string) => setValue('timeZone', zone), [setValue]);
  const slug = slugTyped ? form.values.practiceSlug : suggestSlug(form.values.practiceName);
  return { slug, slugTyped, onSlugChange, onTimeZoneChange };
}

interface NewPracticeFieldsProps {
  nameInput: { value: string; onChange: (event: ChangeEvent<HTMLInputElement>) => void };
  timeZone: string;
  address: ReturnType<typeof useNewPracticeAddress>;
  errorOf: (field: PracticeField) => string | undefined;
}

/** A new practice's name, public address and time zone. */
export function NewPracticeFields({ nameInput, timeZone, address, errorOf }: NewPracticeFieldsProps) {
  return (
    <>
      <TextInput label="Practice name" autoComplete="organization" required {...nameInput} error={errorOf('practiceName')} />
      <PracticeAddressInput value={address.slug} onChange={address.onSlugChange} error={errorOf('practiceSlug')} />
      <TimeZoneSelect
        value={timeZone}
        onChange={address.onTimeZoneChange}
        description="Sessions, check-ins and masterclasses are scheduled in it."
        error={errorOf('timeZone')}
      />
    </>
  );
}
