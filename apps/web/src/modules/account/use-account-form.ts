import { type FieldRule, formErrors, useFormFields } from '@ascend/web/ui';
import type { ChangeEvent } from 'react';
import { useFormNotice } from './form-notice';

interface Submission {
  error: unknown;
  reset(): void;
}

/**
 * A settings form: its values with the rules checked as the person types, the server's problems under the fields
 * it names, and one notice. The next edit clears the server's answer, which was about what was typed before.
 */
export function useAccountForm<V extends Record<string, string>>(
  initial: V,
  rules: Partial<Record<keyof V, FieldRule>>,
  submission: Submission,
  apiFields: Record<string, keyof V & string>,
) {
  const form = useFormFields(initial, rules);
  const notice = useFormNotice();
  const server = formErrors(submission.error, apiFields);

  const edit = (name: keyof V, value: string) => {
    form.setValue(name, value);
    submission.reset();
    notice.clear();
  };

  return {
    values: form.values,
    /** Sets a value and keeps the notice: for clearing a password once the server has taken it. */
    setValue: form.setValue,
    edit,
    bind: (name: keyof V) => ({
      value: form.values[name],
      onChange: (event: ChangeEvent<HTMLInputElement>) => edit(name, event.currentTarget.value),
    }),
    /** What to show under a field: an empty required field or a broken rule first, else the server's word on it. */
    errorOf: (name: keyof V & string) => form.problems[name] ?? server.fields[name],
    requireFilled: form.requireFilled,
    notice,
    /** A failure that named none of the form's fields, worded for the notice. */
    failureMessage: (error: unknown) => formErrors(error, apiFields).message,
  };
}
