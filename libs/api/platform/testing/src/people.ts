import { practiceHeaders, REFRESH_COOKIE_NAME, uniqueSuffix } from './scenario';
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
 * Signs up a new owner with their practice through the public API, as a person would, and (unless `confirmed:
 * false`) confirms their address as the confirmation link would, since a practice sends invitations only then:
 * for tests of sign-up and sign-in themselves. Anything else starts from `buildPractice`, which is much faster
 * (no argon2 hash per account).
 */
export async function signUpOwner(
  t: TestApp,
  { confirmed = true, ...overrides }: { name?: string; slug?: string; email?: string; confirmed?: boolean } = {},
): Promise<SignedUpOwner> {
  const unique = uniqueSuffix();
  const email = overrides.email ?? `owner-${unique}@example.com`;
  const password = 'Tide-Lantern-42-Orchard';
  const response = await t.graphql<{ signUp: { accessToken: string; viewer: { account: { id: string }; memberships: { practiceId: string }[] } } }>(
    `mutation SignUp($input: SignUpInput!) {
       signUp(input: $input) { accessToken viewer { account { id } memberships { practiceId } } }
     }`,
    {
      input: {
        name: overrides.name ?? `Owner ${unique}`,
        email,
        password,
        practiceName: `Practice ${unique}`,
        practiceSlug: overrides.slug ?? `practice-${unique}`,
        timeZone: 'Europe/London',
      },
    },
  );
  if (!response.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(response.errors)}`);
  const { accessToken, viewer } = response.data.signUp;
  const practiceId = viewer.memberships[0].practiceId;
  if (confirmed) await t.db.query('update app_user set email_verified_at = now() where id = $1', [viewer.account.id]);
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
