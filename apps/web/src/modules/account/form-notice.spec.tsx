import { act, renderHook } from '@testing-library/react';
import { NOTICE_MS, useFormNotice } from './form-notice';

describe('useFormNotice', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('holds one notice, which a new one replaces, and which goes by itself after a few seconds', () => {
    const { result } = renderHook(() => useFormNotice());

    act(() => result.current.show({ tone: 'error', title: 'Your name was not saved' }));
    act(() => jest.advanceTimersByTime(NOTICE_MS - 1_000));
    act(() => result.current.show({ tone: 'success', title: 'Your name is saved' }));
    expect(result.current.notice).toEqual({ tone: 'success', title: 'Your name is saved' });

    // The replacement gets its own few seconds.
    act(() => jest.advanceTimersByTime(NOTICE_MS - 1_000));
    expect(result.current.notice?.title).toBe('Your name is saved');
    act(() => jest.advanceTimersByTime(1_000));
    expect(result.current.notice).toBeNull();
  });

  it('is cleared at once on request (the next edit)', () => {
    const { result } = renderHook(() => useFormNotice());

    act(() => result.current.show({ tone: 'success', title: 'Your password is changed' }));
    act(() => result.current.clear());

    expect(result.current.notice).toBeNull();
  });
});
