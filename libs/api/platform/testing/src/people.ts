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

let counter = 0;

/** Signs up a new owner with their practice through the public API, as a person would. */
export async function signUpOwner(t: TestApp, overrides: { name?: string; slug?: string; email?: string } = {}): Promise<SignedUpOwner> {
  counter += 1;
  const unique = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
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
  return {
    userId: viewer.account.id,
    practiceId,
    email,
    password,
    accessToken,
    refreshCookie: refreshCookieFrom(response.headers),
    headers: { authorization: `Bearer ${accessToken}`, 'x-practice-id': practiceId },
  };
}

/** The `name=value` of the refresh cookie a response set, ready for a Cookie header. */
export function refreshCookieFrom(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith('ascend_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0];
}
