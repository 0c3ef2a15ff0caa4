import { act, renderHook } from '@testing-library/react';
import type { ChangeEvent } from 'react';
import { useFormFields } from './use-form-fields';

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
