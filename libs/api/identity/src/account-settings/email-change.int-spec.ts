import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import type { CaughtMail } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const ACCOUNT = 'id email emailVerified pendingEmail';
const REQUEST = `mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) { ${ACCOUNT} } }`;
const CANCEL = `mutation { cancelEmailChange { ${ACCOUNT} } }`;
const CONFIRM = `mutation($token: String!) { confirmEmailChange(token: $token) { ${ACCOUNT} } }`;
const LINK_VALID = `query($token: String!) { emailLinkValid(token: $token, purpose: CHANGE_EMAIL) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

const tokenIn = (mail: CaughtMail) => new URL(mail.links.find((l) => l.startsWith('https://ascend.example/confirm-email-change?token='))!).searchParams.get('token')!;

describe('changing the sign-in address', () => {
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

  const accountRow = async (userId: string) =>
    (await t.db.query<{ email: string; name: string; password_hash: string; verified: boolean }>(
      'select email, name, password_hash, email_verified_at is not null as verified from app_user where id = $1',
      [userId],
    ))[0];
  const confirmationTo = (address: string) => mail.waitFor((m) => m.to.includes(address) && m.tag === 'confirm-email-change');

  it('mails the new address a link, and following it moves the account there and tells the old address', async () => {
    const { owner } = await buildPractice(t);
    const newEmail = uniqueEmail('moved');
    const asked = await t.graphql(REQUEST, { input: { newEmail: newEmail.toUpperCase(), currentPassword: owner.password } }, owner.headers);
    expect(asked.data).toEqual({ requestEmailChange: { id: owner.userId, email: owner.email, emailVerified: true, pendingEmail: newEmail } });
    expect((await t.graphql(`{ viewer { account { email pendingEmail } } }`, {}, owner.headers)).data).toEqual({
      viewer: { account: { email: owner.email, pendingEmail: newEmail } },
    });

    const confirmation = await confirmationTo(newEmail);
    expect(confirmation.subject).toBe('Confirm your new email address for Ascend');
    const token = tokenIn(confirmation);
    expect((await t.graphql(LINK_VALID, { token })).data).toEqual({ emailLinkValid: true });
    // Nothing has moved until the link is followed.
    expect((await accountRow(owner.userId)).email).toBe(owner.email);

    const confirmed = await t.graphql(CONFIRM, { token });
    expect(confirmed.data).toEqual({ confirmEmailChange: { id: owner.userId, email: newEmail, emailVerified: true, pendingEmail: null } });
    const notice = await mail.waitFor((m) => m.to.includes(owner.email) && m.tag === 'email-changed');
    expect(notice.subject).toBe('Your Ascend sign-in address was changed');
    expect(notice.text).toContain(`changed from this address to ${newEmail}`);
    expect(notice.text).toContain('If it was not you');

    expect((await t.graphql(SIGN_IN, { input: { email: newEmail, password: owner.password } })).errors).toBeUndefined();
    expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The link worked once.
    expect((await t.graphql(LINK_VALID, { token })).data).toEqual({ emailLinkValid: false });
    const again = await t.graphql(CONFIRM, { token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'token', message: 'is invalid, used or expired' }] });
  });

  it("answers the same for another account's address, mails that address a note and no link, and changes neither account", async () => {
    const [{ owner: asker }, { owner: holder }] = await Promise.all([buildPractice(t), buildPractice(t)]);
    const [askerBefore, holderBefore] = [await accountRow(asker.userId), await accountRow(holder.userId)];
    mail.clear();

    const taken = await t.graphql(REQUEST, { input: { newEmail: holder.email, currentPassword: asker.password } }, asker.headers);
    expect(taken.data).toEqual({ requestEmailChange: { id: asker.userId, email: asker.email, emailVerified: true, pendingEmail: holder.email } });

    const note = await mail.waitFor((m) => m.to.includes(holder.email) && m.tag === 'email-change-attempted');
    expect(note.subject).toBe('Someone tried to use your address for another Ascend account');
    expect(note.text).toContain('nothing changed');
    expect(note.links).toEqual([]);
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.tag === 'confirm-email-change')).toEqual([]);
    expect(mail.messages.flatMap((m) => m.to)).toEqual([holder.email]);
    expect(await accountRow(asker.userId)).toEqual(askerBefore);
    expect(await accountRow(holder.userId)).toEqual(holderBefore);
  });

  it.each([
    ['a wrong password', () => ({ newEmail: uniqueEmail('moved'), currentPassword: 'Not-The-Password-11' }), 'input.currentPassword', 'is not your current password'],
    ['the current address', (email: string) => ({ newEmail: email.toUpperCase(), currentPassword: null }), 'input.newEmail', 'is already your address'],
    ['a malformed address', () => ({ newEmail: 'not-an-address', currentPassword: null }), 'input.newEmail', 'must be an email address'],
  ])('refuses %s, naming the field, and records nothing', async (_case, input, field, message) => {
    const { owner } = await buildPractice(t);
    mail.clear();
    const asked = input(owner.email);
    const { data, errors } = await t.graphql(REQUEST, { input: { ...asked, currentPassword: asked.currentPassword ?? owner.password } }, owner.headers);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message }] });
    expect(await t.db.query(`select 1 from email_token where user_id = $1 and purpose = 'CHANGE_EMAIL'`, [owner.userId])).toEqual([]);
    await waitForJobs(t.db);
    expect(mail.messages).toEqual([]);
  });

  it('forgets a change on request: its link stops working', async () => {
    const { owner } = await buildPractice(t);
    const newEmail = uniqueEmail('moved');
    await t.graphql(REQUEST, { input: { newEmail, currentPassword: owner.password } }, owner.headers);
    const token = tokenIn(await confirmationTo(newEmail));
    expect((await t.graphql(CANCEL, {}, owner.headers)).data).toEqual({ cancelEmailChange: { id: owner.userId, email: owner.email, emailVerified: true, pendingEmail: null } });
    expect((await t.graphql(CONFIRM, { token })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'token' }] });
    expect((await accountRow(owner.userId)).email).toBe(owner.email);
  });

  it('keeps only the newest change: the link of an earlier one stops working', async () => {
    const { owner } = await buildPractice(t);
    const [first, second] = [uniqueEmail('first'), uniqueEmail('second')];
    await t.graphql(REQUEST, { input: { newEmail: first, currentPassword: owner.password } }, owner.headers);
    const firstToken = tokenIn(await confirmationTo(first));
    await t.graphql(REQUEST, { input: { newEmail: second, currentPassword: owner.password } }, owner.headers);
    const secondToken = tokenIn(await confirmationTo(second));
    expect((await t.graphql(CONFIRM, { token: firstToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(CONFIRM, { token: secondToken })).data).toMatchObject({ confirmEmailChange: { email: second } });
  });

  it('refuses an expired link', async () => {
    const { owner } = await buildPractice(t);
    const newEmail = uniqueEmail('moved');
    await t.graphql(REQUEST, { input: { newEmail, currentPassword: owner.password } }, owner.headers);
    const token = tokenIn(await confirmationTo(newEmail));
    await t.db.query(`update email_token set expires_at = now() - interval '1 minute' where user_id = $1 and purpose = 'CHANGE_EMAIL'`, [owner.userId]);
    expect((await t.graphql(LINK_VALID, { token })).data).toEqual({ emailLinkValid: false });
    const { errors } = await t.graphql(CONFIRM, { token });
    expect(errors?.[0]).toMatchObject({
      message: 'This confirmation link is invalid, used or expired: ask for the change again from your account page',
      extensions: { code: 'NOT_FOUND', fields: [{ field: 'token', message: 'is invalid, used or expired' }] },
    });
    expect((await t.graphql(`{ viewer { account { pendingEmail } } }`, {}, owner.headers)).data).toEqual({ viewer: { account: { pendingEmail: null } } });
  });

  it('changes nothing when the address got an account of its own before the link was followed', async () => {
    const { owner } = await buildPractice(t);
    const newEmail = uniqueEmail('contested');
    await t.graphql(REQUEST, { input: { newEmail, currentPassword: owner.password } }, owner.headers);
    const token = tokenIn(await confirmationTo(newEmail));
    const { owner: newcomer } = await buildPractice(t, { ownerEmail: newEmail });
    const newcomerBefore = await accountRow(newcomer.userId);

    const { data, errors } = await t.graphql(CONFIRM, { token });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'token', message: 'the address has an account now' }] });
    expect((await accountRow(owner.userId)).email).toBe(owner.email);
    expect(await accountRow(newcomer.userId)).toEqual(newcomerBefore);
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.tag === 'email-changed' && m.to.includes(owner.email))).toEqual([]);
  });

  it("counts each request against the person's confirmation mails, and refuses past the hour's allowance", async () => {
    const { owner } = await buildPractice(t);
    const ask = (newEmail: string) => t.graphql(REQUEST, { input: { newEmail, currentPassword: owner.password } }, owner.headers);
    const addresses = [uniqueEmail('one'), uniqueEmail('two'), uniqueEmail('three')];
    for (const address of addresses) expect((await ask(address)).errors).toBeUndefined();
    const refused = await ask(uniqueEmail('four'));
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' }, message: expect.stringMatching(/^You can be sent 3 confirmation mails per hour/) });
    expect((await t.graphql(`{ viewer { account { pendingEmail } } }`, {}, owner.headers)).data).toEqual({ viewer: { account: { pendingEmail: addresses[2] } } });
  });

  it('is asked for by a signed-in person only', async () => {
    const { errors } = await t.graphql(REQUEST, { input: { newEmail: uniqueEmail(), currentPassword: 'Anything-At-All-1' } });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(CANCEL)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
