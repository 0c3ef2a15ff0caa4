import { Alert } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useState } from 'react';

/** Long enough to read two sentences; the outcome also shows on the page itself (a saved name, a pending address). */
export const NOTICE_MS = 8_000;

export interface Notice {
  tone: 'success' | 'error';
  title: string;
  message?: ReactNode;
}

/** One message per form: a new one replaces the last, and it goes away by itself after a few seconds. */
export function useFormNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const clear = useCallback(() => setNotice(null), []);
  return { notice, show: setNotice, clear };
}

export function FormNotice({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  if (!notice) return null;
  const success = notice.tone === 'success';
  return (
    <Alert
      color={success ? 'green' : 'red'}
      variant="light"
      title={notice.title}
      // A success is news, not an interruption: screen readers announce it politely.
      role={success ? 'status' : 'alert'}
      withCloseButton
      closeButtonLabel="Dismiss this message"
      onClose={onClose}
    >
      {notice.message}
    </Alert>
  );
}
