import { type ChangeEvent, useCallback, useState } from 'react';

type Messages<V> = Partial<Record<keyof V, string>>;

/**
 * Values of a plain controlled form, and the "fill this in" messages of required fields left empty. Values stay as
 * typed when a submission fails, so the person corrects rather than retypes.
 */
export function useFormFields<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<Messages<V>>({});

  // Stable, so a memoised field (a long select) can take it without re-rendering on every keystroke elsewhere.
  const setValue = useCallback((name: keyof V, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setMissing((current) => ({ ...current, [name]: undefined }));
  }, []);

  /** Props for a Mantine text input or native select bound to `name`. */
  function bind(name: keyof V) {
    return {
      value: values[name],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValue(name, event.currentTarget.value),
    };
  }

  /** Shows `messages` under the named fields that are empty; true when none is. */
  function requireFilled(messages: Messages<V>): boolean {
    const empty = Object.fromEntries(Object.entries(messages).filter(([name]) => !values[name]?.trim())) as Messages<V>;
    setMissing(empty);
    return Object.keys(empty).length === 0;
  }

  return { values, setValue, bind, missing, requireFilled };
}
