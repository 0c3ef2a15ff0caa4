import { MailCatcher, signUpOwner, startMailCatcher, startTestApp, TestApp } from '@ascend/platform/testing';
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

  it('mails a confirmation link at sign-up that works exactly once', async () => {
    const owner = await signUpOwner(t);
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'verify-email');
    expect(message.subject).toBe('Confirm your email for Ascend');
    const link = message.links.find((l) => l.startsWith('https://ascend.example/verify-email?token='))!;
    expect(await t.graphql(VERIFY, { token: tokenIn(link) })).toMatchObject({ data: { verifyEmail: { email: owner.email, emailVerified: true } } });
    const again = await t.graphql(VERIFY, { token: tokenIn(link) });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', fields: [{ field: 'token', message: 'is invalid, used or expired' }] } });
  });

  it('marks the refresh cookie Secure when Ascend is served over https', async () => {
    const owner = await signUpOwner(t);
    const response = await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('ascend_refresh='))).toMatch(/; Secure/);
  });

  it('sends a new confirmation link on request, and the old one stops working', async () => {
    const owner = await signUpOwner(t);
    const first = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'verify-email');
    mail.clear();
    expect((await t.graphql(`mutation { resendVerificationEmail }`, {}, owner.headers)).data).toEqual({ resendVerificationEmail: true });
    const second = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'verify-email');
    expect((await t.graphql(VERIFY, { token: tokenIn(first.links[0]) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(VERIFY, { token: tokenIn(second.links[0]) })).errors).toBeUndefined();
  });

  it('answers a reset request the same for unknown addresses, and mails only real accounts', async () => {
    mail.clear();
    const unknown = await t.graphql(`mutation { requestPasswordReset(email: "nobody-here@example.com") }`);
    const malformed = await t.graphql(`mutation { requestPasswordReset(email: "not an address") }`);
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(malformed.data).toEqual({ requestPasswordReset: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(mail.messages.filter((m) => m.tag === 'reset-password')).toEqual([]);
  });

  it('resets the password once, ends every session, and keeps the link for a retry after a weak password', async () => {
    const owner = await signUpOwner(t);
    await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: owner.email });
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'reset-password');
    const token = tokenIn(message.links.find((l) => l.includes('/reset-password?token='))!);

    const weak = await t.graphql(RESET, { input: { token, newPassword: 'password1' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.newPassword' }] });

    expect((await t.graphql(RESET, { input: { token, newPassword: 'Harbour-Quill-77-Meadow' } })).data).toEqual({ resetPassword: true });
    expect((await t.graphql(RESET, { input: { token, newPassword: 'Another-Good-One-88' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: 'Harbour-Quill-77-Meadow' } })).errors).toBeUndefined();
    const refresh = await t.graphql(`mutation { refreshSession { accessToken } }`, {}, { cookie: owner.refreshCookie });
    expect(refresh.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired reset link', async () => {
    const owner = await signUpOwner(t);
    await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: owner.email });
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'reset-password');
    await t.db.query(`update email_token set expires_at = now() - interval '1 minute' where purpose = 'RESET_PASSWORD'`);
    const { errors } = await t.graphql(RESET, { input: { token: tokenIn(message.links[0]), newPassword: 'Harbour-Quill-77-Meadow' } });
    expect(errors?.[0]).toMatchObject({ message: 'This reset link is invalid, used or expired: ask for a new one' });
  });
});
