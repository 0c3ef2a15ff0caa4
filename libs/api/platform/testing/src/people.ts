import { randomBytes } from 'node:crypto';
import { waitForJobs } from './jobs';
import { practiceHeaders, REFRESH_COOKIE_NAME, sha256Hex, uniqueSuffix } from './scenario';
import type { TestApp } from './test-app';

export interface SignedUpOwner {
  userId: string;
  practiceId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshCookie: string;
  /** Headers for operations on the owner's practice. */
  headers: Record<string, string>;
}

/**
 * Signs up a new owner with their practice through the public API, as a person would: `signUp`, then the link of
 * the sign-up mail (`confirmSignUp`). The mail job runs first (where a worker runs); its link's token is then swapped for one the test
 * knows, which saves running a mail catcher. `confirmed: false` leaves the account unconfirmed, as accounts made
 * before sign-ups were confirmed by mail are. For tests of sign-up and sign-in themselves; anything else starts
 * from `buildPractice`, which is much faster (no argon2 hash per account).
 */
export async function signUpOwner(
  t: TestApp,
  { confirmed = true, ...overrides }: { name?: string; slug?: string; email?: string; confirmed?: boolean } = {},
): Promise<SignedUpOwner> {
  const unique = uniqueSuffix();
  const email = overrides.email ?? `owner-${unique}@example.com`;
  const password = 'Tide-Lantern-42-Orchard';
  const input = {
    name: overrides.name ?? `Owner ${unique}`,
    email,
    password,
    practiceName: `Practice ${unique}`,
    practiceSlug: overrides.slug ?? `practice-${unique}`,
    timeZone: 'Europe/London',
  };
  const started = await t.graphql<{ signUp: boolean }>(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) }`, { input });
  if (!started.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(started.errors)}`);
  // Where the app runs no worker the job waits, and cannot replace the token set below.
  if (t.config.jobs.runWorker) await waitForJobs(t.db);
  const token = randomBytes(32).toString('base64url');
  const pending = await t.db.query('update sign_up set token_hash = $2 where email = $1 returning id', [
    email.trim().toLowerCase(),
    sha256Hex(token),
  ]);
  if (!pending.length) throw new Error(`sign-up failed: ${email} already has an account (the mail says so)`);
  const response = await t.graphql<{ confirmSignUp: { accessToken: string; viewer: { account: { id: string }; memberships: { practiceId: string }[] } } }>(
    `mutation ConfirmSignUp($input: ConfirmSignUpInput!) {
       confirmSignUp(input: $input) { accessToken viewer { account { id } memberships { practiceId } } }
     }`,
    { input: { token } },
  );
  if (!response.data?.confirmSignUp) throw new Error(`sign-up confirmation failed: ${JSON.stringify(response.errors)}`);
  const { accessToken, viewer } = response.data.confirmSignUp;
  const practiceId = viewer.memberships[0].practiceId;
  if (!confirmed) await t.db.query('update app_user set email_verified_at = null where id = $1', [viewer.account.id]);
  return {
    userId: viewer.account.id,
    practiceId,
    email,
    password,
    accessToken,
    refreshCookie: refreshCookieFrom(response.headers),
    headers: practiceHeaders(accessToken, practiceId),
  };
}

/** The `name=value` of the refresh cookie a response set, ready for a Cookie header. */
export function refreshCookieFrom(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE_NAME}=`));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0];
}
