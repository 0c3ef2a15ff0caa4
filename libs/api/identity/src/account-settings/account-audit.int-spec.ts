import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }`;
const REQUEST = `mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) { id } }`;
const CONFIRM = `mutation($token: String!) { confirmEmailChange(token: $token) { email } }`;
const AUDIT = `{ auditEvents(first: 5) { events { action actorEmail targetEmail } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const NEW_PASSWORD = 'Quarry-Lanterns-58-Ferry';

describe("a person's own account changes in the audit trails", () => {
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

  /** An owner who is also a coach of a second practice, and that practice's owner (who reads its trail). */
  async function memberOfTwo() {
    const home = await buildPractice(t);
    const other = await buildPractice(t);
    await t.db.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'COACH')`, [other.practiceId, home.owner.userId]);
    return { person: home.owner, homeOwnerHeaders: home.owner.headers, otherOwnerHeaders: other.owner.headers, otherPracticeId: other.practiceId };
  }

  const newestOf = async (headers: Record<string, string>) =>
    (await t.graphql<{ auditEvents: { events: { action: string; actorEmail: string | null; targetEmail: string | null }[] } }>(AUDIT, {}, headers)).data!.auditEvents.events[0];

  it('records a changed password in every practice of the person, and nothing for a refused one', async () => {
    const { person, otherOwnerHeaders } = await memberOfTwo();
    await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: 'Not-The-Password-11', newPassword: NEW_PASSWORD } }, person.headers);
    expect(await t.db.query(`select 1 from audit_event where action = 'PASSWORD_CHANGED' and actor_user_id = $1`, [person.userId])).toEqual([]);

    expect((await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: person.password, newPassword: NEW_PASSWORD } }, person.headers)).errors).toBeUndefined();
    const expected = { action: 'PASSWORD_CHANGED', actorEmail: person.email, targetEmail: null };
    expect(await newestOf(person.headers)).toEqual(expected);
    expect(await newestOf(otherOwnerHeaders)).toEqual(expected);
  });

  it('records a changed address in every practice under the new address only, never the old one', async () => {
    const { person, otherOwnerHeaders, otherPracticeId } = await memberOfTwo();
    const newEmail = uniqueEmail('moved-on');
    await t.graphql(REQUEST, { input: { newEmail, currentPassword: person.password } }, person.headers);
    const link = await mail.waitFor((m) => m.to.includes(newEmail) && m.tag === 'confirm-email-change');
    const token = new URL(link.links.find((l) => l.startsWith('https://ascend.example/confirm-email-change?token='))!).searchParams.get('token')!;
    expect((await t.graphql(CONFIRM, { token })).data).toEqual({ confirmEmailChange: { email: newEmail } });

    const expected = { action: 'EMAIL_CHANGED', actorEmail: newEmail, targetEmail: null };
    expect(await newestOf(person.headers)).toEqual(expected);
    expect(await newestOf(otherOwnerHeaders)).toEqual(expected);
    const [row] = await t.db.query<{ detail: unknown }>(`select detail from audit_event where tenant_id = $1 and action = 'EMAIL_CHANGED'`, [otherPracticeId]);
    expect(JSON.stringify(row.detail)).not.toContain(person.email);
  });

  it('records a password set through a reset link in every practice of the person, and nothing for a refused one', async () => {
    const { person, otherOwnerHeaders } = await memberOfTwo();
    await t.graphql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: person.email });
    const link = (await mail.waitFor((m) => m.to.includes(person.email) && m.tag === 'reset-password')).links.find((l) => l.includes('/reset-password?token='))!;
    const token = new URL(link).searchParams.get('token')!;

    expect((await t.graphql(RESET, { input: { token, newPassword: 'password1' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.db.query(`select 1 from audit_event where action = 'PASSWORD_RESET' and actor_user_id = $1`, [person.userId])).toEqual([]);

    expect((await t.graphql(RESET, { input: { token, newPassword: NEW_PASSWORD } })).data).toEqual({ resetPassword: true });
    const expected = { action: 'PASSWORD_RESET', actorEmail: person.email, targetEmail: null };
    expect(await newestOf(otherOwnerHeaders)).toEqual(expected);
    expect(await t.db.query(`select 1 from audit_event where action = 'PASSWORD_RESET' and actor_user_id = $1`, [person.userId])).toHaveLength(2);
  });
});
