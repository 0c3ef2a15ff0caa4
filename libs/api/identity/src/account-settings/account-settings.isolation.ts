import { randomUUID } from 'node:crypto';
import { refreshCookieFrom, waitForJobs } from '@ascend/platform/testing';
import type { IsolationCase, MailCatcher, SignedUpOwner, TestApp } from '@ascend/platform/testing';

// B acts on their own account while naming A's practice: only B's account changes. The harness checks A's practice
// rows; these check A's own account (its row, sessions, mailed links and audit entries), which are no practice's.
const accountOf = async (t: TestApp, userId: string) => ({
  account: await t.db.query('select * from app_user where id = $1', [userId]),
  sessions: await t.db.query('select * from refresh_token where user_id = $1 order by id', [userId]),
  links: await t.db.query('select * from email_token where user_id = $1 order by id', [userId]),
});
const refreshes = async (t: TestApp, cookie: string) => (await t.graphql(`mutation { refreshSession { accessToken } }`, {}, { cookie })).errors === undefined;
const asBInA = (a: SignedUpOwner, b: SignedUpOwner) => ({ ...b.headers, 'x-practice-id': a.practiceId });

/** B asks to move B's account to `newEmail` while naming A's practice, and returns the link when one is mailed. */
async function requestChange(t: TestApp, mail: MailCatcher, a: SignedUpOwner, b: SignedUpOwner, newEmail: string): Promise<string> {
  await t.graphql(`mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) { id } }`, { input: { newEmail, currentPassword: b.password } }, asBInA(a, b));
  const message = await mail.waitFor((m) => m.to.includes(newEmail) && m.tag === 'confirm-email-change');
  return new URL(message.links[0]).searchParams.get('token')!;
}

export const isolationCases: Record<string, IsolationCase> = {
  'Mutation.changeMyName': async (t, { a, b }) => {
    const before = await accountOf(t, a.userId);
    const { data } = await t.graphql(`mutation { changeMyName(input: { name: "Renamed by B" }) { id name } }`, {}, asBInA(a, b));
    expect(data).toEqual({ changeMyName: { id: b.userId, name: 'Renamed by B' } });
    expect(await accountOf(t, a.userId)).toEqual(before);
  },
  // The pair share a password: B giving it changes B's password and ends B's other sessions, never A's.
  'Mutation.changeMyPassword': async (t, { a, b }) => {
    const signedIn = await t.graphql(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { email: b.email, password: b.password } });
    const before = await accountOf(t, a.userId);
    const input = { currentPassword: a.password, newPassword: 'Changed-By-B-Quill-93' };
    const { data } = await t.graphql(`mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }`, { input }, asBInA(a, b));
    expect(data).toEqual({ changeMyPassword: true });
    expect(await refreshes(t, refreshCookieFrom(signedIn.headers))).toBe(false);
    expect(await accountOf(t, a.userId)).toEqual(before);
    expect(await refreshes(t, a.refreshCookie)).toBe(true);
  },
  // B names A's address: B's account shows it pending, A's address is told someone tried, and A's account is as it was.
  'Mutation.requestEmailChange': async (t, { a, b }, mail) => {
    const before = await accountOf(t, a.userId);
    mail.clear();
    const { data } = await t.graphql(
      `mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) { id email pendingEmail } }`,
      { input: { newEmail: a.email, currentPassword: b.password } },
      asBInA(a, b),
    );
    expect(data).toEqual({ requestEmailChange: { id: b.userId, email: b.email, pendingEmail: a.email } });
    await mail.waitFor((m) => m.to.includes(a.email) && m.tag === 'email-change-attempted');
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.tag === 'confirm-email-change')).toEqual([]);
    expect(await accountOf(t, a.userId)).toEqual(before);
  },
  // A has a change pending; B cancelling (naming A's practice) cancels nothing of A's.
  'Mutation.cancelEmailChange': async (t, { a, b }, mail) => {
    const newEmail = `moved-${randomUUID()}@example.com`;
    await t.graphql(`mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) { id } }`, { input: { newEmail, currentPassword: a.password } }, a.headers);
    await mail.waitFor((m) => m.to.includes(newEmail) && m.tag === 'confirm-email-change');
    await waitForJobs(t.db);
    const before = await accountOf(t, a.userId);
    const { data } = await t.graphql(`mutation { cancelEmailChange { id pendingEmail } }`, {}, asBInA(a, b));
    expect(data).toEqual({ cancelEmailChange: { id: b.userId, pendingEmail: null } });
    expect(await accountOf(t, a.userId)).toEqual(before);
  },
  // A link moves the account it was mailed for, whoever follows it and whatever practice the request names.
  'Mutation.confirmEmailChange': async (t, { a, b }, mail) => {
    const guessed = await t.graphql(`mutation { confirmEmailChange(token: "guessed-token-value") { id } }`, {}, asBInA(a, b));
    expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const newEmail = `moved-${randomUUID()}@example.com`;
    const token = await requestChange(t, mail, a, b, newEmail);
    await waitForJobs(t.db);
    const before = await accountOf(t, a.userId);
    const { data } = await t.graphql(`mutation($token: String!) { confirmEmailChange(token: $token) { id email } }`, { token }, a.headers);
    expect(data).toEqual({ confirmEmailChange: { id: b.userId, email: newEmail } });
    expect(await accountOf(t, a.userId)).toEqual(before);
  },
  // B, no longer the last owner of B's practice, deletes B's account naming A's practice, with the password the
  // pair share: A's account, memberships and audit trail are as they were.
  'Mutation.deleteMyAccount': async (t, { a, b }) => {
    const coOwner = randomUUID();
    await t.db.query(
      `with person as (insert into app_user (id, email, name, password_hash) values ($1, $2, 'Co Owner', 'x'))
       insert into membership (tenant_id, user_id, role) values ($3, $1, 'OWNER')`,
      [coOwner, `co-owner-${coOwner}@example.com`, b.practiceId],
    );
    const before = await accountOf(t, a.userId);
    const audit = await t.db.query('select * from audit_event where tenant_id = $1 order by id', [a.practiceId]);
    const { data } = await t.graphql(`mutation($input: DeleteAccountInput!) { deleteMyAccount(input: $input) }`, { input: { password: a.password } }, asBInA(a, b));
    expect(data).toEqual({ deleteMyAccount: true });
    expect(await t.db.query('select 1 from app_user where id = $1', [b.userId])).toEqual([]);
    expect(await accountOf(t, a.userId)).toEqual(before);
    expect(await t.db.query('select * from audit_event where tenant_id = $1 order by id', [a.practiceId])).toEqual(audit);
  },
};
