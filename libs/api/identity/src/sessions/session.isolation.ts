import { refreshCookieFrom } from '@ascend/platform/testing';
import type { IsolationCase, TestApp } from '@ascend/platform/testing';

const VIEWER = `{ viewer { account { id email } memberships { practiceId practiceName role } } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`;
const REFRESH = `mutation { refreshSession { accessToken viewer { account { id } } } }`;

const refreshes = async (t: TestApp, cookie: string) => (await t.graphql(REFRESH, {}, { cookie })).errors === undefined;

export const isolationCases: Record<string, IsolationCase> = {
  'Query.viewer': async (t, { a, b }) => {
    const { data } = await t.graphql<{ viewer: { account: { id: string }; memberships: { practiceId: string }[] } }>(VIEWER, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(data!.viewer.account.id).toBe(b.userId);
    expect(data!.viewer.memberships.map((m) => m.practiceId)).toEqual([b.practiceId]);
  },
  'Mutation.signIn': async (t, { a, b }) => {
    const { data, errors } = await t.graphql(SIGN_IN, { i: { email: a.email, password: b.password + '!' } }, b.headers);
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  },
  'Mutation.refreshSession': async (t, { a, b }) => {
    // B's own cookie yields B's session, never A's, whatever practice the request names.
    const { data } = await t.graphql<{ refreshSession: { viewer: { account: { id: string } } } }>(REFRESH, {}, { cookie: b.refreshCookie, 'x-practice-id': a.practiceId });
    expect(data!.refreshSession.viewer.account.id).toBe(b.userId);
  },
  'Mutation.signOut': async (t, { a, b }) => {
    // B signs out a session of B's own, naming A's practice: that session ends, A's goes on.
    const signedIn = await t.graphql(SIGN_IN, { i: { email: b.email, password: b.password } });
    const cookie = refreshCookieFrom(signedIn.headers);
    const { data } = await t.graphql(`mutation { signOut }`, {}, { ...b.headers, 'x-practice-id': a.practiceId, cookie });
    expect(data).toEqual({ signOut: true });
    expect(await refreshes(t, cookie)).toBe(false);
    expect(await refreshes(t, a.refreshCookie)).toBe(true);
  },
};
