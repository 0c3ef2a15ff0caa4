import type { Role } from '@ascend/web/data-access';
import { SIGNED_IN_HINT } from '../modules/auth/session-store';

export const ridgeline = { practiceId: 'b7a1c3c0-0000-4000-8000-000000000001', practiceSlug: 'ridgeline', practiceName: 'Ridgeline Leadership Coaching' };
export const harbour = { practiceId: 'b7a1c3c0-0000-4000-8000-000000000002', practiceSlug: 'harbour', practiceName: 'Harbour Coaching' };

export const maren = { id: 'u-maren', email: 'maren@ridgeline.example', name: 'Maren Okafor', emailVerified: true, isOperator: false };

export function membership(practice: typeof ridgeline, role: Role) {
  return { ...practice, role };
}

/** A session as refreshSession, signIn and confirmSignUp answer it: valid for 15 minutes from now. */
export function sessionData({
  account = maren,
  memberships = [membership(ridgeline, 'OWNER')],
  accessToken = 'access-1',
}: { account?: typeof maren; memberships?: ReturnType<typeof membership>[]; accessToken?: string } = {}) {
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    viewer: { account, memberships },
  };
}

/** As after an earlier visit: the browser signed in before, so the app restores the session from the cookie. */
export function rememberSignedIn() {
  localStorage.setItem(SIGNED_IN_HINT, '1');
}
