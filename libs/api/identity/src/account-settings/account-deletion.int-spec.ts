import { buildPractice, signUpOwner, startTestApp, TestApp, withClient } from '@ascend/platform/testing';
import type { ScenarioPerson } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const DELETE = `mutation($input: DeleteAccountInput!) { deleteMyAccount(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

interface AuditRow {
  action: string;
  actor_email: string | null;
  target_email: string | null;
  actor_deleted: boolean;
  target_deleted: boolean;
  ip: string | null;
  detail: Record<string, unknown>;
}

describe('deleting one’s account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  const auditOf = (practiceId: string) =>
    t.db.query<AuditRow>(
      `select action, actor_email, target_email, actor_deleted, target_deleted, ip, detail from audit_event where tenant_id = $1 order by created_at, action`,
      [practiceId],
    );
  const rowsOf = async (userId: string) => {
    const count = async (sql: string) => (await t.db.query<{ n: number }>(sql, [userId]))[0].n;
    return {
      account: await count('select count(*)::int as n from app_user where id = $1'),
      memberships: await count('select count(*)::int as n from membership where user_id = $1'),
      sessions: await count('select count(*)::int as n from refresh_token where user_id = $1'),
      links: await count('select count(*)::int as n from email_token where user_id = $1'),
    };
  };
  const deleteAccount = (person: ScenarioPerson, password = person.password, headers: Record<string, string> = {}) =>
    t.graphql(DELETE, { input: { password } }, { ...person.headers, ...headers });

  it('removes the account, its memberships, sessions and links, and keeps it in every audit trail only as a deleted person', async () => {
    const current = await buildPractice(t, { coaches: 1, withRefreshCookies: true });
    const former = await buildPractice(t);
    const coach = current.coaches[0];
    // The coach also belonged to a second practice, whose owner removed them.
    const [{ id: formerMembership }] = await t.db.query<{ id: string }>(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'COACH') returning id`, [
      former.practiceId,
      coach.userId,
    ]);
    await t.db.query(`insert into email_token (user_id, purpose, token_hash, expires_at) values ($1, 'RESET_PASSWORD', md5(random()::text), now() + interval '1 hour')`, [coach.userId]);
    expect((await t.graphql(SIGN_IN, { input: { email: coach.email, password: coach.password } })).errors).toBeUndefined();
    expect((await t.graphql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: formerMembership }, former.owner.headers)).errors).toBeUndefined();
    // What the coach looked after stays with the practice.
    const [{ id: clientId }] = await t.db.query<{ id: string }>(
      `insert into client (tenant_id, name, email, coach_user_id, time_zone) values ($1, 'Casey Client', 'casey@example.com', $2, 'Europe/London') returning id`,
      [current.practiceId, coach.userId],
    );
    const [{ id: masterclassId }] = await t.db.query<{ id: string }>(
      `insert into masterclass (tenant_id, slug, title, starts_at, duration_minutes, time_zone, capacity, registration_deadline, host_user_id)
       values ($1, 'goals', 'Goals', now() + interval '7 days', 60, 'Europe/London', 20, now() + interval '6 days', $2) returning id`,
      [current.practiceId, coach.userId],
    );
    expect(await rowsOf(coach.userId)).toEqual({ account: 1, memberships: 1, sessions: 2, links: 1 });

    const response = await deleteAccount(coach, coach.password, { cookie: coach.refreshCookie! });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ deleteMyAccount: true });
    expect(response.headers.getSetCookie().find((c) => c.startsWith('ascend_refresh='))).toMatch(/^ascend_refresh=;.*Expires=Thu, 01 Jan 1970/);

    expect(await rowsOf(coach.userId)).toEqual({ account: 0, memberships: 0, sessions: 0, links: 0 });
    expect((await t.graphql(`{ viewer { account { id } } }`, {}, coach.headers)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(`mutation { refreshSession { accessToken } }`, {}, { cookie: coach.refreshCookie! })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.db.query('select coach_user_id from client where tenant_id = $1 and id = $2', [current.practiceId, clientId])).toEqual([{ coach_user_id: null }]);
    expect(await t.db.query('select host_user_id from masterclass where tenant_id = $1 and id = $2', [current.practiceId, masterclassId])).toEqual([{ host_user_id: null }]);

    const forgotten = { actor_email: null, ip: null, actor_deleted: true };
    expect(await auditOf(current.practiceId)).toEqual([
      expect.objectContaining({ action: 'SIGNED_IN', ...forgotten, target_deleted: false }),
      expect.objectContaining({ action: 'ACCOUNT_DELETED', ...forgotten, target_email: null, target_deleted: false, detail: { role: 'COACH' } }),
    ]);
    // The practice the coach had left records no deletion, and keeps its own owner's part in the removal.
    expect(await auditOf(former.practiceId)).toEqual([
      expect.objectContaining({ action: 'SIGNED_IN', ...forgotten }),
      expect.objectContaining({ action: 'MEMBER_REMOVED', actor_email: former.owner.email, actor_deleted: false, target_email: null, target_deleted: true, detail: { role: 'COACH' } }),
    ]);
    expect(await t.db.query('select 1 from audit_event where actor_email = $1 or target_email = $1', [coach.email])).toEqual([]);
  });

  it('lets the address sign up again afterwards', async () => {
    const { coaches } = await buildPractice(t, { coaches: 1 });
    expect((await deleteAccount(coaches[0])).data).toEqual({ deleteMyAccount: true });
    const again = await signUpOwner(t, { email: coaches[0].email });
    expect(again.userId).not.toBe(coaches[0].userId);
  });

  it('refuses while the person is the last owner of a practice, naming it, and deletes nothing', async () => {
    const practice = await buildPractice(t, { coaches: 1, name: 'Ridgeline Coaching' });
    const before = await auditOf(practice.practiceId);
    const { data, errors } = await deleteAccount(practice.owner);
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: 'You are the last owner of Ridgeline Coaching: make someone else owner there first (on the Team page), then delete your account.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'practices', message: 'include a practice you are the last owner of: Ridgeline Coaching' }] },
    });
    expect(await rowsOf(practice.owner.userId)).toEqual({ account: 1, memberships: 1, sessions: 1, links: 0 });
    expect(await auditOf(practice.practiceId)).toEqual(before);
  });

  it('lets an owner go when another owner stays', async () => {
    const practice = await buildPractice(t, { admins: 1 });
    await t.db.query(`update membership set role = 'OWNER' where id = $1`, [practice.admins[0].membershipId]);
    expect((await deleteAccount(practice.owner)).data).toEqual({ deleteMyAccount: true });
    expect(await t.db.query(`select user_id from membership where tenant_id = $1`, [practice.practiceId])).toEqual([{ user_id: practice.admins[0].userId }]);
    expect((await auditOf(practice.practiceId)).map((e) => [e.action, e.detail])).toEqual([['ACCOUNT_DELETED', { role: 'OWNER' }]]);
  });

  it('lets only one of two last owners go when both delete at once', async () => {
    const practice = await buildPractice(t, { admins: 1 });
    await t.db.query(`update membership set role = 'OWNER' where id = $1`, [practice.admins[0].membershipId]);
    const owners = [practice.owner, practice.admins[0]];
    // Both requests are held at their first statement about the account, then let go together.
    const answers = await withClient(t.db.ownerUrl, async (holder) => {
      await holder.query('begin');
      await holder.query('select 1 from app_user where id = any($1) for update', [owners.map((o) => o.userId)]);
      const deleting = Promise.all(owners.map((o) => deleteAccount(o)));
      while ((await t.db.query(`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).length < 2) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await holder.query('commit');
      return deleting;
    });
    expect(answers.map((a) => a.errors?.[0].extensions?.code ?? 'deleted').sort()).toEqual(['CONFLICT', 'deleted']);
    expect(await t.db.query(`select role from membership where tenant_id = $1`, [practice.practiceId])).toEqual([{ role: 'OWNER' }]);
  });

  it('refuses a wrong password, naming the field, and deletes nothing', async () => {
    const { coaches } = await buildPractice(t, { coaches: 1 });
    const { data, errors } = await deleteAccount(coaches[0], 'Not-The-Password-11');
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.password', message: 'is not your password' }] });
    expect(await rowsOf(coaches[0].userId)).toEqual({ account: 1, memberships: 1, sessions: 1, links: 0 });
  });
});
