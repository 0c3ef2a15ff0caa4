import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }`;
const CHANGE_EMAIL = `mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) { id } }`;
const DELETE = `mutation($input: DeleteAccountInput!) { deleteMyAccount(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const NEW_PASSWORD = 'Harbour-Lights-73-Quay';
const WRONG = 'Not-The-Password-11';
/** A wrong guess weighs four attempts, so two wrong guesses use all eight. */
const LIMIT = 8;

describe('guessing the current password while signed in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule], env: { AUTH_RATE_LIMIT: String(LIMIT) } });
  });
  afterAll(() => t.close());

  const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

  it('counts per person across every operation that checks the password, and refuses even the right one once the limit is passed', async () => {
    const { owner, coaches } = await buildPractice(t, { coaches: 1 });
    expect(codeOf(await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: WRONG, newPassword: NEW_PASSWORD } }, owner.headers))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.graphql(DELETE, { input: { password: WRONG } }, owner.headers))).toBe('BAD_USER_INPUT');

    const refused = await t.graphql(CHANGE_EMAIL, { input: { newEmail: 'owner-elsewhere@example.com', currentPassword: owner.password } }, owner.headers);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Too many attempts for this account: try again in 15 minutes', extensions: { code: 'TOO_MANY_REQUESTS' } });
    const stillRefused = await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: owner.password, newPassword: NEW_PASSWORD } }, owner.headers);
    expect(codeOf(stillRefused)).toBe('TOO_MANY_REQUESTS');
    // Nothing changed: the old password still signs in.
    expect((await t.graphql(SIGN_IN, { input: { email: owner.email, password: owner.password } })).errors).toBeUndefined();

    // Another person of the same practice, from the same address, is not held back.
    const coach = coaches[0];
    expect(await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: coach.password, newPassword: NEW_PASSWORD } }, coach.headers)).toMatchObject({ data: { changeMyPassword: true } });
  });

  it('counts every one of many guesses fired at once: no more than the limit reach the password check', async () => {
    const { owner } = await buildPractice(t);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => t.graphql(CHANGE_PASSWORD, { input: { currentPassword: WRONG, newPassword: NEW_PASSWORD } }, owner.headers)),
    );
    const codes = answers.map(codeOf);
    const checked = codes.filter((code) => code === 'BAD_USER_INPUT').length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMIT);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(12 - checked);
  });

  it('counts a success once, committed with it', async () => {
    const { owner } = await buildPractice(t);
    expect(await t.graphql(CHANGE_PASSWORD, { input: { currentPassword: owner.password, newPassword: NEW_PASSWORD } }, owner.headers)).toMatchObject({ data: { changeMyPassword: true } });
    const [row] = await t.db.query<{ hits: number }>('select hits from rate_limit where key = $1', [`person:${owner.userId}`]);
    expect(row.hits).toBe(1);
  });
});
