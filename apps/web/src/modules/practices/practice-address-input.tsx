import { Text, TextInput } from '@mantine/core';
import { PRACTICE_ADDRESS_RULE, tidySlugInput } from './practice-address';

interface PracticeAddressInputProps {
  value: string;
  onChange: (slug: string) => void;
  error?: string;
}

/** The field that chooses a practice's public address, previewing the page it will be at. */
export function PracticeAddressInput({ value, onChange, error }: PracticeAddressInputProps) {
  return (
    <TextInput
      label="Practice address"
      description={
        <>
          {PRACTICE_ADDRESS_RULE}
          <br />
          Your public page: <strong>{`${window.location.origin}/p/${value || '…'}`}</strong>
        </>
      }
      required
      leftSection={<Text size="sm" c="dimmed">/p/</Text>}
      leftSectionWidth={36}
      value={value}
      onChange={(event) => onChange(tidySlugInput(event.currentTarget.value))}
      error={error}
    />
  );
}
