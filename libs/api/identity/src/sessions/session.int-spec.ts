import { refreshCookieFrom, signUpOwner, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken viewer { account { email } } } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const VIEWER = `{ viewer { account { id email name emailVerified isOperator } memberships { practiceId practiceSlug practiceName role } } }`;

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  describe('sign-up', () => {
    it('creates the person, the practice and the OWNER membership, and signs in', async () => {
      const owner = await signUpOwner(t, { name: 'Idris Vale', slug: 'vale-coaching', email: 'Idris.Vale@Example.com' });
      const { data } = await t.graphql(VIEWER, {}, { authorization: `Bearer ${owner.accessToken}` });
      expect(data).toEqual({
        viewer: {
          account: { id: owner.userId, email: 'idris.vale@example.com', name: 'Idris Vale', emailVerified: false, isOperator: false },
          memberships: [{ practiceId: owner.practiceId, practiceSlug: 'vale-coaching', practiceName: expect.any(String), role: 'OWNER' }],
        },
      });
      const [row] = await t.db.query<{ password_hash: string }>('select password_hash from app_user where id = $1', [owner.userId]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });

    it('keeps the refresh token in an HttpOnly, SameSite cookie scoped to /graphql', async () => {
      const response = await t.graphql(SIGN_IN, { input: { email: (await signUpOwner(t)).email, password: 'Tide-Lantern-42-Orchard' } });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ascend_refresh='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/graphql/);
      expect(cookie).not.toMatch(/Secure/);
    });

    it.each([
      [{ password: 'password123' }, 'BAD_USER_INPUT', 'input.password', 'is too common: pick something others would not guess'],
      [{ password: 'short' }, 'BAD_USER_INPUT', 'input.password', 'must be at least 10 characters'],
      [{ email: 'not-an-email' }, 'BAD_USER_INPUT', 'input.email', 'must be an email address'],
      [{ practiceSlug: 'Bad Slug' }, 'BAD_USER_INPUT', 'input.practiceSlug', 'must be 3-63 lower-case letters, digits and single hyphens'],
      [{ timeZone: 'Mars/Olympus' }, 'BAD_USER_INPUT', 'input.timeZone', 'must be an IANA time zone such as Europe/London'],
    ])('refuses %j naming the field, creating nothing', async (override, code, field, message) => {
      const email = `refused-${Math.random().toString(36).slice(2)}@example.com`;
      const input = { name: 'Refused', email, password: 'Tide-Lantern-42-Orchard', practiceName: 'Refused', practiceSlug: `refused-${Date.now()}`, timeZone: 'UTC', ...override };
      const { errors } = await t.graphql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, { input });
      expect(errors?.[0].extensions).toMatchObject({ code, fields: [{ field, message }] });
      expect(await t.db.query('select 1 from app_user where email = $1', [email])).toEqual([]);
      expect(await t.db.query('select 1 from practice where name = $1', ['Refused'])).toEqual([]);
    });

    it('refuses a duplicate email', async () => {
      const first = await signUpOwner(t);
      await expect(signUpOwner(t, { email: first.email.toUpperCase() })).rejects.toThrow(/already has an account/);
    });

    it('rolls back the new account when the practice address is taken', async () => {
      await signUpOwner(t, { slug: 'already-taken' });
      const email = 'second-owner@example.com';
      await expect(signUpOwner(t, { slug: 'already-taken', email })).rejects.toThrow(/"input.practiceSlug"/);
      expect(await t.db.query('select 1 from app_user where email = $1', [email])).toEqual([]);
    });
  });

  describe('sign-in', () => {
    it('answers the same for a wrong password and an unknown email, and records the failure for the practice', async () => {
      const owner = await signUpOwner(t);
      const wrong = await t.graphql(SIGN_IN, { input: { email: owner.email, password: 'not the password at all' } });
      const unknown = await t.graphql(SIGN_IN, { input: { email: 'nobody@example.com', password: 'not the password at all' } });
      expect(wrong.errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
      expect(unknown.errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
      const events = await t.db.query('select action, actor_email from audit_event where tenant_id = $1 order by created_at', [owner.practiceId]);
      expect(events).toEqual([
        { action: 'PRACTICE_CREATED', actor_email: owner.email },
        { action: 'SIGN_IN_FAILED', actor_email: owner.email },
      ]);
    });

    it('signs in with the right password, whatever the email case', async () => {
      const owner = await signUpOwner(t);
      const { data } = await t.graphql(SIGN_IN, { input: { email: owner.email.toUpperCase(), password: owner.password } });
      expect(data).toMatchObject({ signIn: { viewer: { account: { email: owner.email } } } });
    });

    it('refuses guarded operations without a valid access token', async () => {
      for (const authorization of [undefined, 'Bearer not-a-token', `Bearer ${(await signUpOwner(t)).accessToken}x`]) {
        const { errors } = await t.graphql(VIEWER, {}, authorization ? { authorization } : {});
        expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each works once, and reusing a rotated one ends the whole session family', async () => {
      const owner = await signUpOwner(t);
      const first = await t.graphql<{ refreshSession: { accessToken: string } }>(REFRESH, {}, { cookie: owner.refreshCookie });
      expect(first.data?.refreshSession.accessToken).toEqual(expect.any(String));
      const second = refreshCookieFrom(first.headers);
      expect(second).not.toBe(owner.refreshCookie);

      const replay = await t.graphql(REFRESH, {}, { cookie: owner.refreshCookie });
      expect(replay.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      const afterReplay = await t.graphql(REFRESH, {}, { cookie: second });
      expect(afterReplay.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('stop working after sign-out, which also clears the cookie', async () => {
      const owner = await signUpOwner(t);
      const out = await t.graphql<{ signOut: boolean }>(`mutation { signOut }`, {}, { cookie: owner.refreshCookie });
      expect(out.data).toEqual({ signOut: true });
      expect(out.headers.getSetCookie().join()).toMatch(/ascend_refresh=;.*Expires=Thu, 01 Jan 1970/);
      const after = await t.graphql(REFRESH, {}, { cookie: owner.refreshCookie });
      expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('are refused without a cookie', async () => {
      const { errors } = await t.graphql(REFRESH);
      expect(errors?.[0]).toMatchObject({ message: 'No session: sign in', extensions: { code: 'UNAUTHENTICATED' } });
    });
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule], env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('stop a fourth sign-in attempt from one address within 15 minutes, with a clear error, in every process', async () => {
    const attempt = () => t.graphql(SIGN_IN, { input: { email: 'guess@example.com', password: 'guessing-again-1' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt();
    expect(blocked.errors?.[0]).toMatchObject({
      message: 'Too many attempts from this address: try again in 15 minutes',
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    // The counter lives in PostgreSQL, shared by every API process.
    expect(await t.db.query(`select hits from rate_limit where key like '%'`)).toEqual([{ hits: 4 }]);
  });

  it('count each operation on its own', async () => {
    const { data } = await t.graphql(`mutation { requestPasswordReset(email: "someone@example.com") }`);
    expect(data).toEqual({ requestPasswordReset: true });
  });
});
