import { Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { timeZoneOptions } from './time-zones';

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  description?: string;
}

/** A searchable list of every time zone. Memoised: its ~400 options need not re-render while other fields change. */
export const TimeZoneSelect = memo(function TimeZoneSelect({ value, onChange, error, description }: TimeZoneSelectProps) {
  const data = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <Select
      label="Time zone"
      description={description}
      required
      searchable
      allowDeselect={false}
      data={data}
      value={value}
      onChange={(zone) => onChange(zone ?? '')}
      nothingFoundMessage="No time zone by that name"
      error={error}
    />
  );
});
