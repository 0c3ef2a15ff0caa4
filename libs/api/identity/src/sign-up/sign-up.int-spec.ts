import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail, uniqueSuffix, waitForJobs } from '@ascend/platform/testing';
import { Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { IdentityModule } from '../index';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) {
  confirmSignUp(input: $input) { accessToken viewer { account { email name emailVerified } memberships { practiceSlug practiceName role } } }
}`;
const SQL = { 'x-ascend-debug': 'sql' };

describe('sign-up, confirmed by mail', () => {
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

  const signUpInput = (overrides: Record<string, string> = {}) => {
    const unique = uniqueSuffix();
    return {
      name: 'Idris Vale',
      email: `idris-${unique}@example.com`,
      password: 'Tide-Lantern-42-Orchard',
      practiceName: 'Vale Coaching',
      practiceSlug: `vale-${unique}`,
      timeZone: 'Europe/London',
      ...overrides,
    };
  };
  const confirmLink = async (email: string) => {
    const message = await mail.waitFor((m) => m.to.includes(email) && m.tag === 'confirm-sign-up');
    return new URL(message.links.find((l) => l.startsWith('https://ascend.example/sign-up/confirm?token='))!).searchParams.get('token')!;
  };
  const accountsOf = (email: string) => t.db.query('select 1 from app_user where email = $1', [email]);

  it('creates nothing until the link is followed; the link opens the practice, signed in, once', async () => {
    const input = signUpInput({ email: `Idris.${uniqueSuffix()}@Example.com` });
    const email = input.email.toLowerCase();
    expect(await t.graphql(SIGN_UP, { input })).toEqual(expect.objectContaining({ data: { signUp: true } }));
    const token = await confirmLink(email);
    expect(await accountsOf(email)).toEqual([]);
    expect(await t.db.query('select 1 from practice where slug = $1', [input.practiceSlug])).toEqual([]);

    const confirmed = await t.graphql(CONFIRM, { input: { token } });
    expect(confirmed.data).toEqual({
      confirmSignUp: {
        accessToken: expect.any(String),
        viewer: {
          account: { email, name: 'Idris Vale', emailVerified: true },
          memberships: [{ practiceSlug: input.practiceSlug, practiceName: 'Vale Coaching', role: 'OWNER' }],
        },
      },
    });
    expect(confirmed.headers.getSetCookie().some((c) => c.startsWith('ascend_refresh='))).toBe(true);
    const [row] = await t.db.query<{ password_hash: string }>('select password_hash from app_user where email = $1', [email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    // Spent: the pending sign-up, password hash and all, is gone.
    expect(await t.db.query('select 1 from sign_up where email = $1', [email])).toEqual([]);
    const again = await t.graphql(CONFIRM, { input: { token } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.token', message: 'is invalid, used or expired' }] });
  });

  it('answers an address that has an account exactly like a new one, and mails its owner instead', async () => {
    const { owner } = await buildPractice(t);
    const before = await t.db.query('select name, password_hash from app_user where email = $1', [owner.email]);
    const fresh = await t.graphql(SIGN_UP, { input: signUpInput() }, SQL);
    const taken = await t.graphql(SIGN_UP, { input: signUpInput({ email: owner.email.toUpperCase(), name: 'Someone Else' }) }, SQL);
    // Same answer and the same statements: nothing about the address changes what the request does.
    expect(taken.data).toEqual(fresh.data);
    expect(taken.errors).toEqual(fresh.errors);
    expect(taken.extensions?.sql).toEqual(fresh.extensions?.sql);

    const told = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'sign-up-attempted');
    expect(told.subject).toBe('Someone tried to sign up for Ascend with your address');
    expect(told.links).toContain(`https://ascend.example/sign-in?email=${encodeURIComponent(owner.email)}`);
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.to.includes(owner.email) && m.tag === 'confirm-sign-up')).toEqual([]);
    expect(await t.db.query('select name, password_hash from app_user where email = $1', [owner.email])).toEqual(before);
    expect(await t.db.query('select 1 from sign_up where email = $1', [owner.email])).toEqual([]);
  });

  it.each([
    [{ password: 'password123' }, 'BAD_USER_INPUT', 'input.password', 'is too common: pick something others would not guess'],
    [{ password: 'short' }, 'BAD_USER_INPUT', 'input.password', 'must be at least 10 characters'],
    [{ email: 'not-an-email' }, 'BAD_USER_INPUT', 'input.email', 'must be an email address'],
    [{ practiceSlug: 'Bad Slug' }, 'BAD_USER_INPUT', 'input.practiceSlug', 'must be 3-63 lower-case letters, digits and single hyphens'],
    [{ timeZone: 'Mars/Olympus' }, 'BAD_USER_INPUT', 'input.timeZone', 'must be an IANA time zone such as Europe/London'],
  ])('refuses %j naming the field, keeping and mailing nothing', async (override, code, field, message) => {
    const input = signUpInput({ email: uniqueEmail('refused'), ...override });
    const { errors } = await t.graphql(SIGN_UP, { input });
    expect(errors?.[0].extensions).toMatchObject({ code, fields: [{ field, message }] });
    expect(await t.db.query('select 1 from sign_up where email = $1 or practice_slug = $2', [input.email, input.practiceSlug])).toEqual([]);
  });

  it('says at once when the practice address is taken (addresses are public), keeping nothing', async () => {
    const { slug } = await buildPractice(t);
    const input = signUpInput({ practiceSlug: slug });
    const { errors } = await t.graphql(SIGN_UP, { input });
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.practiceSlug', message: 'is already taken' }] });
    expect(await t.db.query('select 1 from sign_up where email = $1', [input.email])).toEqual([]);
  });

  it('lets the same link choose another address when the first was taken before it was followed', async () => {
    const input = signUpInput();
    await t.graphql(SIGN_UP, { input });
    const token = await confirmLink(input.email);
    await buildPractice(t, { slug: input.practiceSlug });
    const refused = await t.graphql(CONFIRM, { input: { token } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.practiceSlug', message: 'is already taken' }] });
    expect(await accountsOf(input.email)).toEqual([]);
    const other = `${input.practiceSlug}-2`;
    const { data } = await t.graphql<{ confirmSignUp: { viewer: { memberships: { practiceSlug: string }[] } } }>(CONFIRM, { input: { token, practiceSlug: other } });
    expect(data?.confirmSignUp.viewer.memberships[0].practiceSlug).toBe(other);
  });

  it('keeps only the newest link of an address working', async () => {
    const input = signUpInput();
    await t.graphql(SIGN_UP, { input });
    const first = await confirmLink(input.email);
    await t.graphql(SIGN_UP, { input: { ...input, practiceName: 'Vale Coaching, second try' } });
    await waitForJobs(t.db);
    const second = mail.messages.filter((m) => m.to.includes(input.email) && m.tag === 'confirm-sign-up')[1];
    const secondToken = new URL(second.links[0]).searchParams.get('token')!;
    expect((await t.graphql(CONFIRM, { input: { token: first } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { data } = await t.graphql<{ confirmSignUp: { viewer: { memberships: { practiceName: string }[] } } }>(CONFIRM, { input: { token: secondToken } });
    expect(data?.confirmSignUp.viewer.memberships[0].practiceName).toBe('Vale Coaching, second try');
  });

  it('refuses a link whose address got an account meanwhile, creating nothing', async () => {
    const input = signUpInput();
    await t.graphql(SIGN_UP, { input });
    const token = await confirmLink(input.email);
    await buildPractice(t, { ownerEmail: input.email });
    const { errors } = await t.graphql(CONFIRM, { input: { token } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.token' }] });
    expect(await t.db.query('select 1 from practice where slug = $1', [input.practiceSlug])).toEqual([]);
  });

  it('limits the sign-up mails one address can be sent, naming the limit', async () => {
    const input = signUpInput();
    for (let i = 0; i < 3; i++) expect((await t.graphql(SIGN_UP, { input })).errors).toBeUndefined();
    const { errors } = await t.graphql(SIGN_UP, { input });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' }, message: expect.stringMatching(/^This address can be sent 3 sign-up mails per hour/) });
  });

  it('forgets sign-ups whose link has expired', async () => {
    const input = signUpInput();
    await t.graphql(SIGN_UP, { input });
    await waitForJobs(t.db);
    await t.db.query(`update sign_up set expires_at = now() - interval '1 second' where email = $1`, [input.email]);
    await t.app.get(TenantDatabase).run({}, () => t.app.get(Jobs).enqueue('identity.forget-expired-sign-ups', {}));
    await waitForJobs(t.db);
    expect(await t.db.query('select 1 from sign_up where email = $1', [input.email])).toEqual([]);
  });
});
