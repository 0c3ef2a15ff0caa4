import { GraphQLRequestError } from '@ascend/web/data-access';

export interface FormErrors<F extends string> {
  /** Messages for the form's own fields, ready to show under them. */
  fields: Partial<Record<F, string>>;
  /** What to show above the form: the error's message, when no field of the form is named. */
  message: string | null;
}

/**
 * Splits a failed submission into messages under the fields the API named (`input.practiceSlug` → the form's
 * `practiceSlug`) and, when it named none of them, one message for the whole form.
 */
export function formErrors<F extends string>(error: unknown, fieldsByApiName: Record<string, F>): FormErrors<F> {
  if (!error) return { fields: {}, message: null };
  const fields: Partial<Record<F, string>> = {};
  if (error instanceof GraphQLRequestError) {
    for (const problem of error.fields) {
      const field = fieldsByApiName[problem.field];
      if (field && !fields[field]) fields[field] = sentence(problem.message);
    }
  }
  const named = Object.keys(fields).length > 0;
  return { fields, message: named ? null : error instanceof Error ? error.message : 'Something went wrong. Try again.' };
}

/** The API words field problems to follow the field's name ("must be at least 10 characters"). */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
