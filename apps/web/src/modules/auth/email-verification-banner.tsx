import { Suspense } from 'react';
import { useLocation } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';
import { useSession } from './auth-provider';

// Only signed-in people with an unconfirmed address see it: visitors do not download it.
const VerificationReminder = lazyComponent(() => import('./verification-reminder').then((m) => m.VerificationReminder));

/** Reminds signed-in people to confirm their email until they have; the confirmation page speaks for itself. */
export function EmailVerificationBanner() {
  const session = useSession();
  const { pathname } = useLocation();
  if (session.status !== 'signed-in' || session.viewer.account.emailVerified || pathname === '/verify-email') return null;

  return (
    <Suspense fallback={null}>
      <VerificationReminder email={session.viewer.account.email} />
    </Suspense>
  );
}
