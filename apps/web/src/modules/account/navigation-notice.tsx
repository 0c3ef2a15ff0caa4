import { Alert } from '@mantine/core';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NOTICE_MS } from './form-notice';

interface NavigationNoticeState {
  notice: { title: string; message: string };
}

/** Navigation state for the page a person lands on after deleting their account. */
export const ACCOUNT_DELETED: NavigationNoticeState = {
  notice: { title: 'Your account was deleted', message: 'Your sign-in, sessions and memberships are gone. Thank you for using Ascend.' },
};

function noticeOf(state: unknown): NavigationNoticeState['notice'] | null {
  const notice = (state as Partial<NavigationNoticeState> | null)?.notice;
  return notice && typeof notice.title === 'string' ? notice : null;
}

/**
 * News that a navigation brought along (`navigate(path, { state })`), shown over whatever page it leads to: the
 * page itself knows nothing of it. It goes by itself after a few seconds, and does not come back on reload.
 */
export function NavigationNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = noticeOf(location.state);
  const { pathname, search, hash } = location;

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => void navigate({ pathname, search, hash }, { replace: true, state: null }), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, navigate, pathname, search, hash]);

  if (!notice) return null;
  return (
    <Alert
      role="status"
      color="green"
      variant="default"
      title={notice.title}
      withCloseButton
      closeButtonLabel="Dismiss this message"
      onClose={() => void navigate({ pathname, search, hash }, { replace: true, state: null })}
      // Over the page, below the header, like a notification: the page it lands on leaves no room for it.
      style={{
        position: 'fixed',
        top: 72,
        insetInlineEnd: 16,
        zIndex: 300,
        maxWidth: 'min(360px, calc(100vw - 32px))',
        boxShadow: 'var(--mantine-shadow-md)',
      }}
    >
      {notice.message}
    </Alert>
  );
}
