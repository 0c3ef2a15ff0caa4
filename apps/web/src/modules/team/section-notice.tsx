import { Alert, Box } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** What a section says after an action: that it worked, or why it did not. */
export interface Notice {
  tone: 'success' | 'failure';
  title: string;
  message: string;
}

/** Long enough to read two lines; the timer waits while the pointer or the focus is on the message. */
export const NOTICE_LIFETIME_MS = 6000;

/**
 * One message per section: the next action replaces it (never a pile of old ones) and it clears itself after
 * NOTICE_LIFETIME_MS.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!notice || held) return;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [notice, held]);

  const succeeded = useCallback((done: { title: string; message: string }) => setNotice({ tone: 'success', ...done }), []);
  const failed = useCallback((error: Error) => setNotice({ tone: 'failure', title: 'That change was not made', message: error.message }), []);
  const clear = useCallback(() => setNotice(null), []);
  return useMemo(() => ({ notice, succeeded, failed, clear, hold: setHeld }), [notice, succeeded, failed, clear]);
}

/**
 * The section's message inside a status region that is always there, so screen readers announce each new message
 * as it appears. Empty, it takes no room: place it right above what it speaks about, outside a spaced stack.
 */
export function SectionNotice({ notices }: { notices: ReturnType<typeof useNotice> }) {
  const { notice, clear, hold } = notices;
  return (
    <Box
      role="status"
      onMouseEnter={() => hold(true)}
      onMouseLeave={() => hold(false)}
      onFocus={() => hold(true)}
      onBlur={() => hold(false)}
    >
      {notice && (
        <Alert
          role="group"
          mb="md"
          color={notice.tone === 'success' ? 'teal' : 'red'}
          variant="light"
          title={notice.title}
          withCloseButton
          closeButtonLabel="Close this message"
          onClose={() => {
            hold(false);
            clear();
          }}
        >
          {notice.message}
        </Alert>
      )}
    </Box>
  );
}
