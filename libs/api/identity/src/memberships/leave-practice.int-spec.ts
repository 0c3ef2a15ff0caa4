import { buildCoachingPractice, buildPractice, ScenarioPerson, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const LEAVE = `mutation($practiceId: ID!) { leavePractice(practiceId: $practiceId) }`;
const MEMBERSHIPS = `{ viewer { memberships { practiceId role } } }`;

/** Signed in, naming no practice: leaving is about the person, and the argument names the practice. */
const signedIn = (person: ScenarioPerson) => ({ authorization: person.headers.authorization });

describe('leaving a practice', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  const membersOf = (practiceId: string) => t.db.query<{ user_id: string; role: string }>('select user_id, role from membership where tenant_id = $1 order by user_id', [practiceId]);
  const departures = (practiceId: string) =>
    t.db.query<{ actor_user_id: string; actor_email: string; detail: unknown }>(`select actor_user_id, actor_email, detail from audit_event where tenant_id = $1 and action = 'MEMBER_LEFT'`, [practiceId]);

  it('lets a coach leave: the membership goes, the clients they coached stay on the roster with no coach, and the trail says so', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const [coach] = practice.coaches;
    const [{ clientId }] = practice.roster;
    expect((await t.db.query('select coach_user_id from client where id = $1', [clientId]))[0]).toEqual({ coach_user_id: coach.userId });

    const left = await t.graphql(LEAVE, { practiceId: practice.practiceId }, signedIn(coach));
    expect(left).toMatchObject({ data: { leavePractice: true } });
    expect(left.errors).toBeUndefined();

    expect((await membersOf(practice.practiceId)).map((m) => m.user_id)).not.toContain(coach.userId);
    expect(await t.db.query('select name, coach_user_id from client where id = $1', [clientId])).toEqual([{ name: 'Client 1', coach_user_id: null }]);
    expect(await departures(practice.practiceId)).toEqual([{ actor_user_id: coach.userId, actor_email: coach.email, detail: { role: 'COACH' } }]);
    expect((await t.graphql(MEMBERSHIPS, {}, signedIn(coach))).data).toEqual({ viewer: { memberships: [] } });
    // The practice is closed to them from now on.
    const team = await t.graphql(`{ team { userId } }`, {}, coach.headers);
    expect(team.errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
  });

  it('lets an owner leave while another owner stays', async () => {
    const practice = await buildPractice(t, { admins: 1 });
    const [partner] = practice.admins;
    await t.db.query(`update membership set role = 'OWNER' where id = $1`, [partner.membershipId]);
    expect((await t.graphql(LEAVE, { practiceId: practice.practiceId }, signedIn(practice.owner))).data).toEqual({ leavePractice: true });
    expect(await membersOf(practice.practiceId)).toEqual([{ user_id: partner.userId, role: 'OWNER' }]);
    expect(await departures(practice.practiceId)).toEqual([expect.objectContaining({ detail: { role: 'OWNER' } })]);
  });

  it('finds nothing to leave in a practice one is not in, or that does not exist', async () => {
    const practice = await buildPractice(t, { coaches: 1 });
    const { owner: outsider } = await buildPractice(t);
    const before = await membersOf(practice.practiceId);
    for (const [practiceId, headers] of [
      [practice.practiceId, signedIn(outsider)],
      // Naming the practice in the header too makes no one a member of it.
      [practice.practiceId, { ...outsider.headers, 'x-practice-id': practice.practiceId }],
      ['00000000-0000-4000-8000-000000000000', signedIn(practice.owner)],
    ] as const) {
      const { data, errors } = await t.graphql(LEAVE, { practiceId }, headers);
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'NOT_FOUND', fields: [{ field: 'practiceId', message: 'is not a practice you belong to' }] } });
    }
    const malformed = await t.graphql(LEAVE, { practiceId: 'ridgeline' }, signedIn(practice.owner));
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'practiceId' }] });
    expect(await membersOf(practice.practiceId)).toEqual(before);
    expect(await departures(practice.practiceId)).toEqual([]);
  });

  it('refuses the last owner, naming the admins and coaches who could be made owner (never a client)', async () => {
    const practice = await buildPractice(t, { name: 'Ridgeline Coaching', ownerName: 'Maren Okafor', admins: 1, coaches: 1, clients: 1 });
    await t.db.query(`update app_user set name = 'Dana Whitlock' where id = $1`, [practice.admins[0].userId]);
    await t.db.query(`update app_user set name = 'Sam Ortiz' where id = $1`, [practice.coaches[0].userId]);
    await t.db.query(`update app_user set name = 'Lee Park' where id = $1`, [practice.clients[0].userId]);
    const before = await membersOf(practice.practiceId);

    const { data, errors } = await t.graphql(LEAVE, { practiceId: practice.practiceId }, signedIn(practice.owner));
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: 'You are the last owner of Ridgeline Coaching: make someone else owner first (Team page), for example Dana Whitlock or Sam Ortiz.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'practiceId', message: 'is a practice you are the last owner of' }] },
    });
    expect(await membersOf(practice.practiceId)).toEqual(before);
    expect(await departures(practice.practiceId)).toEqual([]);
  });

  it.each([
    ['alone', 0],
    ['with clients only', 2],
  ])('refuses the only one on the team (%s), saying a coach or an admin must be invited and made owner first', async (_case, clients) => {
    const practice = await buildPractice(t, { name: 'Solo Practice', clients });
    const before = await membersOf(practice.practiceId);
    const { errors } = await t.graphql(LEAVE, { practiceId: practice.practiceId }, signedIn(practice.owner));
    expect(errors?.[0]).toMatchObject({
      message: 'You are the only one on the team of Solo Practice, and a practice keeps an owner: invite a coach or an admin and make them owner first (Team page).',
      extensions: { code: 'CONFLICT', fields: [{ field: 'practiceId' }] },
    });
    expect(await membersOf(practice.practiceId)).toEqual(before);
  });

  it('lets only one of two owners leaving at once go, so the practice keeps an owner', async () => {
    for (let round = 0; round < 5; round++) {
      const practice = await buildPractice(t, { admins: 1 });
      const [partner] = practice.admins;
      await t.db.query(`update membership set role = 'OWNER' where id = $1`, [partner.membershipId]);
      const answers = await Promise.all([practice.owner, partner].map((owner) => t.graphql(LEAVE, { practiceId: practice.practiceId }, signedIn(owner))));
      expect(answers.filter((a) => a.data?.leavePractice === true)).toHaveLength(1);
      expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      expect(await membersOf(practice.practiceId)).toEqual([expect.objectContaining({ role: 'OWNER' })]);
      expect(await departures(practice.practiceId)).toHaveLength(1);
    }
  });
});
