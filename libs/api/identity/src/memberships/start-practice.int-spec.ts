import { buildPractice, ScenarioPerson, startTestApp, TestApp, uniqueSuffix } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const START = `mutation($input: StartPracticeInput!) { startPractice(input: $input) { practiceId practiceSlug practiceName role } }`;
const MEMBERSHIPS = `{ viewer { memberships { practiceId practiceSlug practiceName role } } }`;

const signedIn = (person: ScenarioPerson) => ({ authorization: person.headers.authorization });
const newPractice = (overrides: Record<string, string> = {}) => ({ practiceName: 'Harbour Light Coaching', practiceSlug: `harbour-light-${uniqueSuffix()}`, timeZone: 'Europe/Lisbon', ...overrides });

describe('starting a practice while signed in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  const ownPractices = (userId: string) => t.db.query<{ tenant_id: string }>('select tenant_id from membership where user_id = $1 order by tenant_id', [userId]);

  it('gives a member removed from their only practice a practice of their own, which they then see and run', async () => {
    const practice = await buildPractice(t, { coaches: 1 });
    const [coach] = practice.coaches;
    const removed = await t.graphql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: coach.membershipId }, practice.owner.headers);
    expect(removed.data).toEqual({ removeMember: true });
    expect((await t.graphql(MEMBERSHIPS, {}, signedIn(coach))).data).toEqual({ viewer: { memberships: [] } });

    const input = newPractice({ practiceName: '  Harbour Light Coaching  ' });
    const { data, errors } = await t.graphql<{ startPractice: { practiceId: string } }>(START, { input }, signedIn(coach));
    expect(errors).toBeUndefined();
    const started = { practiceId: data!.startPractice.practiceId, practiceSlug: input.practiceSlug, practiceName: 'Harbour Light Coaching', role: 'OWNER' };
    expect(data).toEqual({ startPractice: started });

    expect((await t.graphql(MEMBERSHIPS, {}, signedIn(coach))).data).toEqual({ viewer: { memberships: [started] } });
    expect(await t.db.query('select slug, name, time_zone from practice where id = $1', [started.practiceId])).toEqual([
      { slug: input.practiceSlug, name: 'Harbour Light Coaching', time_zone: 'Europe/Lisbon' },
    ]);
    expect(await t.db.query('select action, actor_user_id, actor_email from audit_event where tenant_id = $1', [started.practiceId])).toEqual([
      { action: 'PRACTICE_CREATED', actor_user_id: coach.userId, actor_email: coach.email },
    ]);
    const team = await t.graphql(`{ team { userId role } }`, {}, { ...signedIn(coach), 'x-practice-id': started.practiceId });
    expect(team.data).toEqual({ team: [{ userId: coach.userId, role: 'OWNER' }] });
  });

  it('lets an owner of one practice start another', async () => {
    const { owner, practiceId } = await buildPractice(t);
    // Sent while naming the practice they are in: the new one is separate from it.
    const { data } = await t.graphql<{ startPractice: { practiceId: string } }>(START, { input: newPractice() }, owner.headers);
    expect((await ownPractices(owner.userId)).map((m) => m.tenant_id).sort()).toEqual([practiceId, data!.startPractice.practiceId].sort());
    expect(await t.db.query('select user_id, role from membership where tenant_id = $1', [practiceId])).toEqual([{ user_id: owner.userId, role: 'OWNER' }]);
  });

  it('refuses an address another practice has, and creates nothing', async () => {
    const taken = await buildPractice(t);
    const { owner } = await buildPractice(t);
    const before = await ownPractices(owner.userId);
    const { data, errors } = await t.graphql(START, { input: newPractice({ practiceSlug: taken.slug }) }, signedIn(owner));
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: `The address "${taken.slug}" is already taken: choose another one for your practice`,
      extensions: { code: 'CONFLICT', fields: [{ field: 'input.practiceSlug', message: 'is already taken' }] },
    });
    expect(await ownPractices(owner.userId)).toEqual(before);
    expect(await t.db.query('select count(*)::int as n from practice where slug = $1', [taken.slug])).toEqual([{ n: 1 }]);
  });

  it.each([
    ['an address that breaks the rule', { practiceSlug: 'Ridge_Line' }, 'input.practiceSlug', 'must be 3-63 lower-case letters, digits and single hyphens'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'input.timeZone', 'must be an IANA time zone such as Europe/London'],
    ['a blank name', { practiceName: ' \u200b ' }, 'input.practiceName', 'must not be blank'],
    ['a name too long', { practiceName: 'x'.repeat(121) }, 'input.practiceName', 'must be at most 120 characters'],
  ])('refuses %s, naming the field, and creates nothing', async (_, overrides, field, message) => {
    const { owner } = await buildPractice(t);
    const before = await ownPractices(owner.userId);
    const input = newPractice(overrides);
    const { data, errors } = await t.graphql(START, { input }, signedIn(owner));
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message }] });
    expect(await ownPractices(owner.userId)).toEqual(before);
    expect(await t.db.query('select 1 from practice where slug = $1', [input.practiceSlug])).toEqual([]);
  });

  it('limits the practices one person starts, counting only those started', async () => {
    const taken = await buildPractice(t);
    const { owner } = await buildPractice(t);
    const refused = await t.graphql(START, { input: newPractice({ practiceSlug: taken.slug }) }, signedIn(owner));
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    for (let i = 0; i < 3; i++) expect((await t.graphql(START, { input: newPractice() }, signedIn(owner))).errors).toBeUndefined();
    const before = await ownPractices(owner.userId);
    const input = newPractice();
    const { errors } = await t.graphql(START, { input }, signedIn(owner));
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/^You can start 3 practices per hour: try again in \d+ minutes$/), extensions: { code: 'TOO_MANY_REQUESTS' } });
    expect(await ownPractices(owner.userId)).toEqual(before);
    expect(await t.db.query('select 1 from practice where slug = $1', [input.practiceSlug])).toEqual([]);
  });

  it('is for signed-in people only', async () => {
    const input = newPractice();
    const { errors } = await t.graphql(START, { input });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.db.query('select 1 from practice where slug = $1', [input.practiceSlug])).toEqual([]);
  });
});
