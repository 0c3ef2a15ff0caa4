import { buildPractice, MailCatcher, refreshCookieFrom, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const CHANGE_NAME = `mutation($input: ChangeNameInput!) { changeMyName(input: $input) { id name email pendingEmail } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const VIEWER = `{ viewer { account { id name } } }`;
const NEW_PASSWORD = 'Lantern-Orchard-42-Tide';

describe('account settings: name and password', () => {
  let t: TestApp;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule], env: { SMTP_URL: mail.smtpUrl, PUBLIC_URL: 'https://ascend.example' } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  /** A session of its own, as a browser gets by signing in: its access token and its refresh cookie. */
  async function signIn(email: string, password: string): Promise<{ bearer: Record<string, string>; cookie: Record<string, string> }> {
    const response = await t.graphql<{ signIn: { accessToken: string } }>(SIGN_IN, { input: { email, password } });
    if (!response.data) throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
    return { bearer: { authorization: `Bearer ${response.data.signIn.accessToken}` }, cookie: { cookie: refreshCookieFrom(response.headers) } };
  }

  const nameOf = async (userId: string) => (await t.db.query<{ name: string }>('select name from app_user where id = $1', [userId]))[0].name;

  describe('changeMyName', () => {
    it('changes the name, trimmed, and answers the account', async () => {
      const { owner } = await buildPractice(t);
      const { data } = await t.graphql(CHANGE_NAME, { input: { name: '  Dana Whitlock ' } }, owner.headers);
      expect(data).toEqual({ changeMyName: { id: owner.userId, name: 'Dana Whitlock', email: owner.email, pendingEmail: null } });
      expect((await t.graphql(VIEWER, {}, owner.headers)).data).toEqual({ viewer: { account: { id: owner.userId, name: 'Dana Whitlock' } } });
    });

    it.each([
      ['a blank name', ' \u200b ', 'must not be blank'],
      ['a name over 120 characters', 'N'.repeat(121), 'must be at most 120 characters'],
    ])('refuses %s, naming the field, and keeps the name', async (_case, name, message) => {
      const { owner } = await buildPractice(t);
      const { data, errors } = await t.graphql(CHANGE_NAME, { input: { name } }, owner.headers);
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message }] });
      expect(await nameOf(owner.userId)).toBe(owner.name);
    });

    it('is for signed-in people only', async () => {
      const { errors } = await t.graphql(CHANGE_NAME, { input: { name: 'Nobody' } });
      expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('changeMyPassword', () => {
    it('ends every other session at once, keeps this one, and tells the account by mail', async () => {
      const { owner } = await buildPractice(t);
      const here = await signIn(owner.email, owner.password);
      const elsewhere = await signIn(owner.email, owner.password);
      mail.clear();

      const { data, errors } = await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: owner.password, newPassword: NEW_PASSWORD } }, here.bearer);
      expect(errors).toBeUndefined();
      expect(data).toEqual({ changeMyPassword: true });

      // The other session: its access token is refused at once, and so is its refresh cookie.
      expect((await t.graphql(VIEWER, {}, elsewhere.bearer)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.graphql(REFRESH, {}, elsewhere.cookie)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // This session goes on, and refreshes.
      expect((await t.graphql(VIEWER, {}, here.bearer)).data).toEqual({ viewer: { account: { id: owner.userId, name: owner.name } } });
      expect((await t.graphql(REFRESH, {}, here.cookie)).errors).toBeUndefined();

      expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: NEW_PASSWORD } })).errors).toBeUndefined();

      const notice = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'password-changed');
      expect(notice.subject).toBe('Your Ascend password was changed');
      expect(notice.text).toContain('Every other place where you were signed in has been signed out');
      expect(notice.links).toContain(`https://ascend.example/forgot-password?email=${encodeURIComponent(owner.email)}`);
    });

    it('refuses a wrong current password without ending the session, and changes nothing', async () => {
      const { owner } = await buildPractice(t);
      const elsewhere = await signIn(owner.email, owner.password);
      mail.clear();
      const { data, errors } = await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: 'Not-The-Password-11', newPassword: NEW_PASSWORD } }, owner.headers);
      expect(data).toBeNull();
      // Not UNAUTHENTICATED: the web app would take that for an ended session and sign the person out.
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.currentPassword', message: 'is not your current password' }] });
      expect((await t.graphql(VIEWER, {}, owner.headers)).errors).toBeUndefined();
      expect((await t.graphql(VIEWER, {}, elsewhere.bearer)).errors).toBeUndefined();
      expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors).toBeUndefined();
      await waitForJobs(t.db);
      expect(mail.messages.filter((m) => m.to.includes(owner.email))).toEqual([]);
    });

    it.each([
      ['too short', 'Short-1', 'must be at least 10 characters'],
      ['too common', 'password123', 'is too common: pick something others would not guess'],
      ['the current one', null, 'must differ from your current password'],
    ])('refuses a new password that is %s, naming the field', async (_case, newPassword, message) => {
      const { owner } = await buildPractice(t);
      const { errors } = await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: owner.password, newPassword: newPassword ?? owner.password } }, owner.headers);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.newPassword', message }] });
      expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors).toBeUndefined();
    });

    it('runs alone, so aliases cannot multiply guesses of the current password', async () => {
      const { owner } = await buildPractice(t);
      const input = { currentPassword: 'Guess-Number-One-1', newPassword: NEW_PASSWORD };
      const { errors } = await t.graphql(
        `mutation($input: ChangePasswordInput!) { a: changeMyPassword(input: $input) b: changeMyPassword(input: $input) }`,
        { input },
        owner.headers,
      );
      expect(errors?.[0]).toMatchObject({ message: 'changeMyPassword must be the only field of its request: send it on its own', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });
});
