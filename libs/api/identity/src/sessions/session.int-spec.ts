import { buildPractice, refreshCookieFrom, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken viewer { account { email } } } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const VIEWER = `{ viewer { account { id email name emailVerified isOperator } memberships { practiceId practiceSlug practiceName role } } }`;

describe('sessions', () => {
  /** Moves a refresh token's use out of the window in which a second refresh with it still succeeds. */
  const usedAMinuteAgo = (cookie: string) =>
    t.db.query(`update refresh_token set used_at = now() - interval '1 minute' where token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [
      cookie.split('=')[1],
    ]);

  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  describe('the refresh cookie', () => {
    it('keeps the refresh token in an HttpOnly, SameSite cookie scoped to /graphql', async () => {
      const { owner } = await buildPractice(t);
      const response = await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ascend_refresh='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/graphql/);
      expect(cookie).not.toMatch(/Secure/);
    });
  });

  describe('sign-in', () => {
    it('answers the same for a wrong password and an unknown email, and records the failure for the practice', async () => {
      const { owner, practiceId } = await buildPractice(t);
      const wrong = await t.graphql(SIGN_IN, { input: { email: owner.email, password: 'not the password at all' } });
      const unknown = await t.graphql(SIGN_IN, { input: { email: uniqueEmail('nobody'), password: 'not the password at all' } });
      expect(wrong.errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
      expect(unknown.errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
      const events = await t.db.query('select action, actor_email from audit_event where tenant_id = $1 order by created_at', [practiceId]);
      expect(events).toEqual([{ action: 'SIGN_IN_FAILED', actor_email: owner.email }]);
    });

    it('signs in with the right password, whatever the email case', async () => {
      const { owner } = await buildPractice(t);
      const { data } = await t.graphql(SIGN_IN, { input: { email: owner.email.toUpperCase(), password: owner.password } });
      expect(data).toMatchObject({ signIn: { viewer: { account: { email: owner.email } } } });
    });

    it('refuses guarded operations without a valid access token', async () => {
      const { owner } = await buildPractice(t);
      // The token itself works: the refusals below are about what was sent instead.
      expect((await t.graphql(VIEWER, {}, { authorization: `Bearer ${owner.accessToken}` })).errors).toBeUndefined();
      for (const authorization of [undefined, 'Bearer not-a-token', `Bearer ${owner.accessToken}x`]) {
        const { errors } = await t.graphql(VIEWER, {}, authorization ? { authorization } : {});
        expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each works once, and reusing a rotated one later ends the whole session family', async () => {
      // Starts from a real sign-in, so the cookie it sets is proven to work.
      const { owner } = await buildPractice(t);
      const signedIn = refreshCookieFrom((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).headers);
      const first = await t.graphql<{ refreshSession: { accessToken: string } }>(REFRESH, {}, { cookie: signedIn });
      expect(first.data?.refreshSession.accessToken).toEqual(expect.any(String));
      const second = refreshCookieFrom(first.headers);
      expect(second).not.toBe(signedIn);

      await usedAMinuteAgo(signedIn);
      const replay = await t.graphql(REFRESH, {}, { cookie: signedIn });
      expect(replay.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      const afterReplay = await t.graphql(REFRESH, {}, { cookie: second });
      expect(afterReplay.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('stop working after sign-out, which also clears the cookie', async () => {
      const { owner } = await buildPractice(t, { withRefreshCookies: true });
      const cookie = owner.refreshCookie!;
      const out = await t.graphql<{ signOut: boolean }>(`mutation { signOut }`, {}, { cookie });
      expect(out.data).toEqual({ signOut: true });
      expect(out.headers.getSetCookie().join()).toMatch(/ascend_refresh=;.*Expires=Thu, 01 Jan 1970/);
      const after = await t.graphql(REFRESH, {}, { cookie });
      expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refreshed twice at once with one cookie both succeed, with the same successor', async () => {
      const { owner } = await buildPractice(t, { withRefreshCookies: true });
      const answers = await Promise.all([1, 2, 3].map(() => t.graphql<{ refreshSession: { accessToken: string } }>(REFRESH, {}, { cookie: owner.refreshCookie! })));
      expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
      const successors = new Set(answers.map((answer) => refreshCookieFrom(answer.headers)));
      expect(successors.size).toBe(1);
      const [successor] = successors;
      expect(successor).not.toBe(owner.refreshCookie);
      const [{ count }] = await t.db.query<{ count: string }>('select count(*) from refresh_token where user_id = $1', [owner.userId]);
      expect(Number(count)).toBe(2);
      for (const answer of answers) {
        expect((await t.graphql(VIEWER, {}, { authorization: `Bearer ${answer.data!.refreshSession.accessToken}` })).errors).toBeUndefined();
      }
      expect((await t.graphql(REFRESH, {}, { cookie: successor })).errors).toBeUndefined();
    });

    it('are refused without a cookie', async () => {
      const { errors } = await t.graphql(REFRESH);
      expect(errors?.[0]).toMatchObject({ message: 'No session: sign in', extensions: { code: 'UNAUTHENTICATED' } });
    });
  });
});

describe('ending a session ends its access at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  const ended = { message: 'Your session has ended: sign in again', extensions: { code: 'UNAUTHENTICATED' } };

  it('sign-out: the access token of that session is refused on its next request, other sessions go on', async () => {
    const { owner } = await buildPractice(t, { withRefreshCookies: true });
    const other = (await t.graphql<{ signIn: { accessToken: string } }>(SIGN_IN, { input: { email: owner.email, password: owner.password } })).data!.signIn.accessToken;
    expect((await t.graphql(VIEWER, {}, owner.headers)).errors).toBeUndefined();
    await t.graphql(`mutation { signOut }`, {}, { cookie: owner.refreshCookie! });
    expect((await t.graphql(VIEWER, {}, owner.headers)).errors).toEqual([expect.objectContaining(ended)]);
    expect((await t.graphql(`{ team { userId } }`, {}, owner.headers)).errors).toEqual([expect.objectContaining(ended)]);
    expect((await t.graphql(VIEWER, {}, { authorization: `Bearer ${other}` })).errors).toBeUndefined();
  });

  it('a password reset: every session of the person is refused', async () => {
    const { owner } = await buildPractice(t);
    await t.db.query(`update refresh_token set revoked_at = now() where user_id = $1`, [owner.userId]);
    expect((await t.graphql(VIEWER, {}, owner.headers)).errors).toEqual([expect.objectContaining(ended)]);
  });

  it('an expired session is refused too', async () => {
    const { owner } = await buildPractice(t);
    await t.db.query(`update refresh_token set expires_at = now() - interval '1 second' where user_id = $1`, [owner.userId]);
    expect((await t.graphql(VIEWER, {}, owner.headers)).errors).toEqual([expect.objectContaining(ended)]);
  });

  it('removal from a practice: its operations are refused on the next request', async () => {
    const { owner, coaches } = await buildPractice(t, { coaches: 1 });
    expect((await t.graphql(`{ team { userId } }`, {}, coaches[0].headers)).errors).toBeUndefined();
    const removed = await t.graphql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: coaches[0].membershipId }, owner.headers);
    expect(removed.errors).toBeUndefined();
    expect((await t.graphql(`{ team { userId } }`, {}, coaches[0].headers)).errors).toEqual([
      expect.objectContaining({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } }),
    ]);
  });

  it('checks the session, the person and the practice in one statement', async () => {
    const { owner } = await buildPractice(t);
    const answer = await t.graphql(`{ viewer { account { id } } team { userId } }`, {}, { ...owner.headers, 'x-ascend-debug': 'sql-trace' });
    const trace = answer.extensions?.sql?.trace ?? [];
    expect(trace.filter((statement) => /refresh_token|app_enter|set_config/.test(statement.sql)).map((statement) => statement.sql)).toEqual([
      'select app_enter($1, $2, $3) as role',
    ]);
  });
});

describe('rate limits', () => {
  // Counters are per client address (and account) and operation: each test gets an app (and database) of its own,
  // so no test starts with attempts another one made. A failed attempt weighs 4, so a limit of 12 allows 3.
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ imports: [IdentityModule], env: { AUTH_RATE_LIMIT: '12' } });
  });
  afterEach(() => t.close());

  const signIn = (email: string, password: string, address?: string) =>
    t.graphql(SIGN_IN, { input: { email, password } }, address ? { 'x-forwarded-for': address } : {});
  const signInAttempt = (address?: string, email = 'guess@example.com') => signIn(email, 'guessing-again-1', address);
  const tooMany = (whom: string) => ({ message: `Too many attempts ${whom}: try again in 15 minutes`, extensions: { code: 'TOO_MANY_REQUESTS' } });

  it('stop the fourth failed sign-in from one address within 15 minutes, with a clear error, in every process', async () => {
    for (let i = 0; i < 3; i++) expect((await signInAttempt()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signInAttempt()).errors?.[0]).toMatchObject(tooMany('from this address'));
    // The counters live in PostgreSQL, shared by every API process: one for the address, one for the account
    // (which the refused attempt never reached).
    expect(await t.db.query(`select split_part(key, ':', 1) as kind, hits from rate_limit order by kind`)).toEqual([
      { kind: 'account', hits: 12 },
      { kind: 'ip', hits: 13 },
    ]);
  });

  it('weigh a successful attempt a quarter of a failed one', async () => {
    const { owner } = await buildPractice(t);
    for (let i = 0; i < 12; i++) expect((await signIn(owner.email, owner.password)).errors).toBeUndefined();
    expect((await signIn(owner.email, owner.password)).errors?.[0]).toMatchObject(tooMany('from this address'));
  });

  it('count each client address behind a trusted proxy on its own: one locked-out address locks out nobody else', async () => {
    for (let i = 0; i < 3; i++) await signInAttempt('203.0.113.1');
    expect((await signInAttempt('203.0.113.1')).errors?.[0]).toMatchObject(tooMany('from this address'));
    expect((await signInAttempt('203.0.113.2', 'someone-else@example.com')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stop guessing one account from many addresses, and only that account', async () => {
    for (let i = 1; i <= 3; i++) await signInAttempt(`203.0.113.${i}`, 'target@example.com');
    expect((await signInAttempt('203.0.113.4', 'Target@Example.com')).errors?.[0]).toMatchObject(tooMany('for this account'));
    expect((await signInAttempt('203.0.113.4', 'other@example.com')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('believe no forwarded address when TRUST_PROXY=false', async () => {
    const direct = await startTestApp({ imports: [IdentityModule], env: { AUTH_RATE_LIMIT: '12', TRUST_PROXY: 'false' } });
    try {
      const from = (address: string, email: string) => direct.graphql(SIGN_IN, { input: { email, password: 'guessing-again-1' } }, { 'x-forwarded-for': address });
      for (let i = 1; i <= 3; i++) await from(`203.0.113.${i}`, `guess-${i}@example.com`);
      expect((await from('203.0.113.9', 'guess-9@example.com')).errors?.[0]).toMatchObject(tooMany('from this address'));
    } finally {
      await direct.close();
    }
  });

  it('count each operation on its own', async () => {
    for (let i = 0; i < 3; i++) await signInAttempt();
    expect((await signInAttempt()).errors?.[0]).toMatchObject(tooMany('from this address'));
    const { data, errors } = await t.graphql(`mutation { requestPasswordReset(email: "someone@example.com") }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ requestPasswordReset: true });
  });
});
