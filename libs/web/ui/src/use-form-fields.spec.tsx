import { act, renderHook } from '@testing-library/react';
import type { ChangeEvent } from 'react';
import { fieldRules, useFormFields } from './use-form-fields';

function typed(value: string) {
  return { currentTarget: { value } } as ChangeEvent<HTMLInputElement>;
}

describe('useFormFields', () => {
  it('binds values and names the required fields left empty', () => {
    const { result } = renderHook(() => useFormFields({ email: '', name: '' }));

    act(() => result.current.bind('email').onChange(typed('maren@example.com')));
    let filled = true;
    act(() => {
      filled = result.current.requireFilled({ email: 'Enter your email', name: 'Enter your name' });
    });

    expect(filled).toBe(false);
    expect(result.current.values).toEqual({ email: 'maren@example.com', name: '' });
    expect(result.current.missing).toEqual({ name: 'Enter your name' });
  });

  it('clears a field’s message once it is edited', () => {
    const { result } = renderHook(() => useFormFields({ name: ' ' }));

    act(() => void result.current.requireFilled({ name: 'Enter your name' }));
    expect(result.current.missing.name).toBe('Enter your name');
    act(() => result.current.setValue('name', 'Maren'));

    expect(result.current.missing.name).toBeUndefined();
  });
});

describe('useFormFields rules', () => {
  it('says a rule’s problem as the person types, in the app’s words, and only for fields typed in', () => {
    const { result } = renderHook(() => useFormFields({ name: '', email: '' }, { name: fieldRules.maxLength(5, 'Your name'), email: fieldRules.email() }));

    act(() => result.current.setValue('name', 'Marenka'));

    expect(result.current.problems).toEqual({ name: 'Your name can be at most 5 characters (it has 7)' });
    act(() => result.current.setValue('name', 'Maren'));
    expect(result.current.problems).toEqual({});
  });

  it('refuses a submission while a rule is broken and shows every problem', () => {
    const { result } = renderHook(() => useFormFields({ email: 'not-an-email', name: '' }, { email: fieldRules.email() }));

    let sendable = true;
    act(() => {
      sendable = result.current.requireFilled({ name: 'Enter your name' });
    });

    expect(sendable).toBe(false);
    expect(result.current.problems).toEqual({ email: 'Enter an email address such as name@example.com', name: 'Enter your name' });
  });

  it('counts characters, not UTF-16 units, and ignores surrounding spaces', () => {
    expect(fieldRules.maxLength(3)('  ééé  ')).toBeUndefined();
    expect(fieldRules.maxLength(3)('😀😀😀😀')).toBe('This can be at most 3 characters (it has 4)');
    expect(fieldRules.minLength(10, 'The password')('short')).toBe('The password needs at least 10 characters (it has 5)');
    expect(fieldRules.all(fieldRules.email(), fieldRules.maxLength(10))('a@b.co')).toBeUndefined();
  });
});
