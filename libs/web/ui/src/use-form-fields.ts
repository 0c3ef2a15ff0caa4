import { type ChangeEvent, useCallback, useState } from 'react';

type Messages<V> = Partial<Record<keyof V, string>>;

/** A rule the browser can check as the person types (length, format): the problem in the app's words, or undefined. */
export type FieldRule = (value: string) => string | undefined;

// The shape of an address, not its existence: the server stays the authority on what it accepts.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Rules the API also holds, worded the way the app speaks. */
export const fieldRules = {
  maxLength:
    (max: number, what = 'This'): FieldRule =>
    (value) => {
      const length = [...value.trim()].length;
      return length > max ? `${what} can be at most ${max} characters (it has ${length})` : undefined;
    },
  minLength:
    (min: number, what = 'This'): FieldRule =>
    (value) => {
      const length = [...value].length;
      return length > 0 && length < min ? `${what} needs at least ${min} characters (it has ${length})` : undefined;
    },
  email: (): FieldRule => (value) => (value.trim() && !EMAIL_SHAPE.test(value.trim()) ? 'Enter an email address such as name@example.com' : undefined),
  all:
    (...rules: FieldRule[]): FieldRule =>
    (value) => {
      for (const rule of rules) {
        const problem = rule(value);
        if (problem) return problem;
      }
      return undefined;
    },
};

/**
 * Values of a plain controlled form, the "fill this in" messages of required fields left empty, and the problems
 * `rules` find in what was typed, shown as the person types. Values stay as typed when a submission fails, so the
 * person corrects rather than retypes.
 */
export function useFormFields<V extends Record<string, string>>(initial: V, rules: Partial<Record<keyof V, FieldRule>> = {}) {
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<Messages<V>>({});
  // A rule speaks up once its field was typed in (or a submission was tried), not on an untouched form.
  const [touched, setTouched] = useState<Partial<Record<keyof V, boolean>>>({});

  // Stable, so a memoised field (a long select) can take it without re-rendering on every keystroke elsewhere.
  const setValue = useCallback((name: keyof V, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setMissing((current) => ({ ...current, [name]: undefined }));
    setTouched((current) => (current[name] ? current : { ...current, [name]: true }));
  }, []);

  const broken = (only: Partial<Record<keyof V, boolean>> | 'all'): Messages<V> => {
    const found: Messages<V> = {};
    for (const name of Object.keys(rules) as (keyof V)[]) {
      const problem = only === 'all' || only[name] ? rules[name]?.(values[name] ?? '') : undefined;
      if (problem) found[name] = problem;
    }
    return found;
  };

  /** Props for a Mantine text input or native select bound to `name`. */
  function bind(name: keyof V) {
    return {
      value: values[name],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValue(name, event.currentTarget.value),
    };
  }

  /**
   * Shows `messages` under the named fields that are empty and every rule's problem; true when there is none, so
   * the form may be sent.
   */
  function requireFilled(messages: Messages<V> = {}): boolean {
    const empty = Object.fromEntries(Object.entries(messages).filter(([name]) => !values[name]?.trim())) as Messages<V>;
    setMissing(empty);
    setTouched(Object.fromEntries(Object.keys(rules).map((name) => [name, true])) as Partial<Record<keyof V, boolean>>);
    return Object.keys(empty).length === 0 && Object.keys(broken('all')).length === 0;
  }

  /** What to show under each field now: an empty required field, else a rule's problem with what was typed. */
  const problems: Messages<V> = { ...broken(touched), ...Object.fromEntries(Object.entries(missing).filter(([, m]) => m)) };

  return { values, setValue, bind, missing, problems, requireFilled };
}
