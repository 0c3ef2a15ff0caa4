import { buildPractice, MailCatcher, signUpOwner, startMailCatcher, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const tokenIn = (link: string) => new URL(link).searchParams.get('token')!;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { email emailVerified } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

describe('email verification and password reset', () => {
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

  // Sign-ups are confirmed by their link (sign-up.int-spec); accounts made before that confirm with these mails.
  it('confirms an unconfirmed account with the link it asks for, which works exactly once', async () => {
    const owner = await signUpOwner(t, { confirmed: false });
    expect((await t.graphql(`mutation { resendVerificationEmail }`, {}, owner.headers)).data).toEqual({ resendVerificationEmail: true });
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'verify-email');
    expect(message.subject).toBe('Confirm your email for Ascend');
    const link = message.links.find((l) => l.startsWith('https://ascend.example/verify-email?token='))!;
    expect(await t.graphql(VERIFY, { token: tokenIn(link) })).toMatchObject({ data: { verifyEmail: { email: owner.email, emailVerified: true } } });
    const again = await t.graphql(VERIFY, { token: tokenIn(link) });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', fields: [{ field: 'token', message: 'is invalid, used or expired' }] } });
  });

  it('marks the refresh cookie Secure when Ascend is served over https', async () => {
    const { owner } = await buildPractice(t);
    const response = await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('ascend_refresh='))).toMatch(/; Secure/);
  });

  it('sends a new confirmation link on request, and the old one stops working', async () => {
    const owner = await signUpOwner(t, { confirmed: false });
    expect((await t.graphql(`mutation { resendVerificationEmail }`, {}, owner.headers)).data).toEqual({ resendVerificationEmail: true });
    const first = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'verify-email');
    expect((await t.graphql(`mutation { resendVerificationEmail }`, {}, owner.headers)).data).toEqual({ resendVerificationEmail: true });
    const second = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'verify-email' && m !== first);
    expect((await t.graphql(VERIFY, { token: tokenIn(first.links[0]) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(VERIFY, { token: tokenIn(second.links[0]) })).errors).toBeUndefined();
  });

  it('answers a reset request the same for unknown addresses, and mails only real accounts', async () => {
    const { owner } = await buildPractice(t);
    const unknownEmail = uniqueEmail('nobody-here');
    const unknown = await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: unknownEmail });
    const known = await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: ` ${owner.email.toUpperCase()} ` });
    for (const answer of [unknown, known]) expect(answer.data).toEqual({ requestPasswordReset: true });
    // Every mail job has run (a job completes once its mail was handed to the SMTP server), so no mail is on its way.
    await waitForJobs(t.db);
    const resets = mail.messages.filter((m) => m.tag === 'reset-password');
    expect(resets.filter((m) => m.to.includes(owner.email))).toHaveLength(1);
    expect(resets.filter((m) => m.to.includes(unknownEmail))).toEqual([]);
  });

  it.each([
    ['a space', 'not an address'],
    ['no @', 'not-an-email'],
    ['nothing before the @', '@example.com'],
    ['over 254 characters', `${'x'.repeat(250)}@example.com`],
  ])('refuses an address with %s before anything is sent, naming the field', async (_case, email) => {
    const { data, errors } = await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'must be an email address' }] });
  });

  it('says whether a mailed link still works without spending it, for its own purpose only', async () => {
    const { owner } = await buildPractice(t);
    const valid = (token: string, purpose: string) =>
      t.graphql<{ emailLinkValid: boolean }>(`query($token: String!, $purpose: EmailLinkPurpose!) { emailLinkValid(token: $token, purpose: $purpose) }`, { token, purpose });
    await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: owner.email });
    const token = tokenIn((await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'reset-password')).links[0]);

    expect((await valid(token, 'RESET_PASSWORD')).data).toEqual({ emailLinkValid: true });
    expect((await valid(token, 'RESET_PASSWORD')).data).toEqual({ emailLinkValid: true });
    expect((await valid(token, 'VERIFY_EMAIL')).data).toEqual({ emailLinkValid: false });
    expect((await valid('guessed-token-value', 'RESET_PASSWORD')).data).toEqual({ emailLinkValid: false });
    expect((await t.graphql(RESET, { input: { token, newPassword: 'Harbour-Quill-77-Meadow' } })).errors).toBeUndefined();
    expect((await valid(token, 'RESET_PASSWORD')).data).toEqual({ emailLinkValid: false });
  });

  it('checks a link in a request of its own: reading it acts as its person', async () => {
    const { errors } = await t.graphql(`{ a: emailLinkValid(token: "x", purpose: VERIFY_EMAIL) b: emailLinkValid(token: "y", purpose: VERIFY_EMAIL) }`);
    expect(errors?.[0].message).toBe('emailLinkValid must be the only field of its request: send it on its own');
  });

  it('resets the password once, ends every session, and keeps the link for a retry after a weak password', async () => {
    const { owner } = await buildPractice(t, { withRefreshCookies: true });
    const liveSessions = `select count(*)::int as n from refresh_token where user_id = $1 and revoked_at is null`;
    expect(await t.db.query(liveSessions, [owner.userId])).toEqual([{ n: 1 }]);
    await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: owner.email });
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'reset-password');
    const token = tokenIn(message.links.find((l) => l.includes('/reset-password?token='))!);

    const weak = await t.graphql(RESET, { input: { token, newPassword: 'password1' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.newPassword' }] });

    expect((await t.graphql(RESET, { input: { token, newPassword: 'Harbour-Quill-77-Meadow' } })).data).toEqual({ resetPassword: true });
    expect((await t.graphql(RESET, { input: { token, newPassword: 'Another-Good-One-88' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: 'Harbour-Quill-77-Meadow' } })).errors).toBeUndefined();
    const refresh = await t.graphql(`mutation { refreshSession { accessToken } }`, {}, { cookie: owner.refreshCookie! });
    expect(refresh.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Only the session of the sign-in above is live.
    expect(await t.db.query(liveSessions, [owner.userId])).toEqual([{ n: 1 }]);
  });

  it('refuses an expired reset link', async () => {
    const { owner } = await buildPractice(t);
    await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: owner.email });
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'reset-password');
    await t.db.query(`update email_token set expires_at = now() - interval '1 minute' where purpose = 'RESET_PASSWORD' and user_id = $1`, [owner.userId]);
    const { errors } = await t.graphql(RESET, { input: { token: tokenIn(message.links[0]), newPassword: 'Harbour-Quill-77-Meadow' } });
    expect(errors?.[0]).toMatchObject({ message: 'This reset link is invalid, used or expired: ask for a new one' });
  });
});
