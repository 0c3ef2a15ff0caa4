import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { CoachingModule } from '../coaching.module';
import { standOn } from '../check-ins/check-in-scenario';

const METHOD_FIELDS = `clientId progress { currentStep stepsDone complete } awarenessNotes { id kind body } decision { commitment decidedOn }
  goal { id statement targetDate milestones { title dueOn } status } pastGoals { statement status } futureSelf { statement }
  accountability { checkInDay timeZone setAt }`;
const MY_METHOD = `{ myMethod { ${METHOD_FIELDS} } }`;
const CLIENT_METHOD = `query($clientId: ID!) { clientMethod(clientId: $clientId) { ${METHOD_FIELDS} } }`;
const ADD_NOTE = `mutation($input: AddAwarenessNoteInput!) { addAwarenessNote(input: $input) { id kind body } }`;
const SET_GOAL = `mutation($input: SetGoalInput!) { setGoal(input: $input) { id statement targetDate status milestones { title dueOn } } }`;

const goal = (targetDate: string, statement = 'Lead the platform group, not carry it') => ({
  statement,
  whyItMatters: 'I am the bottleneck',
  successMeasure: 'Team ships without me in the room',
  targetDate,
  milestones: [{ title: 'Hire a tech lead', dueOn: '2027-03-01' }],
});

describe('the five steps', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());
  beforeEach(() => standOn(t));
  afterEach(() => jest.restoreAllMocks());

  it('takes a client through all five steps, each one revisitable, and shows their coach where they are', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 1 });
    const [{ person: client, clientId, coach }] = practice.roster;
    const step = async (query: string, variables: Record<string, unknown>) => {
      const answer = await t.graphql(query, variables, client.headers);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    const progress = async () => (await t.graphql<{ myMethod: { progress: unknown } }>(MY_METHOD, {}, client.headers)).data!.myMethod.progress;

    expect(await progress()).toEqual({ currentStep: 'AWARENESS', stepsDone: 0, complete: false });
    await step(ADD_NOTE, { input: { kind: 'PATTERN', body: 'I fix the build myself at midnight' } });
    await step(ADD_NOTE, { input: { kind: 'HABITUAL_YES', body: 'Every review request' } });
    await step(`mutation($input: MakeDecisionInput!) { makeDecision(input: $input) { id } }`, { input: { commitment: 'I stop being the hero', decidedOn: '2026-11-17' } });
    await step(`mutation($input: MakeDecisionInput!) { makeDecision(input: $input) { id } }`, { input: { commitment: 'I lead instead of rescue', decidedOn: '2026-11-18' } });
    expect(await progress()).toEqual({ currentStep: 'GOAL', stepsDone: 2, complete: false });
    await step(SET_GOAL, { input: goal('2027-10-01') });
    await step(`mutation($input: SetFutureSelfInput!) { setFutureSelf(input: $input) { id } }`, { input: { statement: 'I am the leader who multiplies' } });
    await step(`mutation($input: SetUpAccountabilityInput!) { setUpAccountability(input: $input) { checkInDay timeZone } }`, {
      input: { checkInDay: 4, timeZone: 'America/Chicago' },
    });

    const { myMethod } = (await t.graphql<{ myMethod: Record<string, unknown> }>(MY_METHOD, {}, client.headers)).data!;
    expect(myMethod).toMatchObject({
      clientId,
      progress: { currentStep: 'ACCOUNTABILITY', stepsDone: 5, complete: true },
      awarenessNotes: [{ kind: 'PATTERN' }, { kind: 'HABITUAL_YES', body: 'Every review request' }],
      decision: { commitment: 'I lead instead of rescue', decidedOn: '2026-11-18' },
      goal: { statement: 'Lead the platform group, not carry it', targetDate: '2027-10-01', status: 'ACTIVE', milestones: [{ title: 'Hire a tech lead', dueOn: '2027-03-01' }] },
      futureSelf: { statement: 'I am the leader who multiplies' },
      accountability: { checkInDay: 4, timeZone: 'America/Chicago', setAt: '2026-11-18T12:00:00.000Z' },
    });

    const seenByCoach = await t.graphql<{ clientMethod: unknown }>(CLIENT_METHOD, { clientId }, coach!.headers);
    expect(seenByCoach.data?.clientMethod).toEqual(myMethod);
    const seenByOwner = await t.graphql<{ clientMethod: unknown }>(CLIENT_METHOD, { clientId }, practice.owner.headers);
    expect(seenByOwner.data?.clientMethod).toEqual(myMethod);
    const otherCoach = await t.graphql(CLIENT_METHOD, { clientId }, practice.coaches[1].headers);
    expect(otherCoach.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'clientId' }] });
    const byClient = await t.graphql(CLIENT_METHOD, { clientId }, client.headers);
    expect(byClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('edits and removes awareness notes, only the client’s own', async () => {
    const practice = await buildCoachingPractice(t, { clients: 2 });
    const [mine, theirs] = practice.roster.map((r) => r.person);
    const note = (await t.graphql<{ addAwarenessNote: { id: string } }>(ADD_NOTE, { input: { kind: 'PATTERN', body: 'First draft' } }, mine.headers)).data!.addAwarenessNote;
    const update = `mutation($input: UpdateAwarenessNoteInput!) { updateAwarenessNote(input: $input) { id kind body } }`;
    const edited = await t.graphql(update, { input: { id: note.id, kind: 'HABITUAL_YES', body: '  Saying yes to every escalation  ' } }, mine.headers);
    expect(edited.data).toEqual({ updateAwarenessNote: { id: note.id, kind: 'HABITUAL_YES', body: 'Saying yes to every escalation' } });

    const byOther = await t.graphql(update, { input: { id: note.id, kind: 'PATTERN', body: 'Mine now' } }, theirs.headers);
    expect(byOther.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.id' }] });
    const remove = `mutation($id: ID!) { removeAwarenessNote(id: $id) }`;
    expect((await t.graphql(remove, { id: note.id }, theirs.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const blank = await t.graphql(ADD_NOTE, { input: { kind: 'PATTERN', body: '   ' } }, mine.headers);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.body', message: 'must not be blank' }] });

    expect((await t.graphql(remove, { id: note.id }, mine.headers)).data).toEqual({ removeAwarenessNote: true });
    expect((await t.graphql<{ myMethod: { awarenessNotes: unknown[] } }>(MY_METHOD, {}, mine.headers)).data!.myMethod.awarenessNotes).toEqual([]);
  });

  it('keeps the goal within twelve months, not in the past, with milestones on the way', async () => {
    const { roster } = await buildCoachingPractice(t, { clients: 1 });
    const { headers } = roster[0].person;
    const past = await t.graphql(SET_GOAL, { input: goal('2026-11-17') }, headers);
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.targetDate', message: 'must not be in the past' },
        { field: 'input.milestones.0.dueOn', message: "must not be after the goal's target date" },
      ],
    });
    const far = await t.graphql(SET_GOAL, { input: goal('2027-11-19') }, headers);
    expect(far.errors?.[0].extensions?.fields).toEqual([{ field: 'input.targetDate', message: 'must be at most 12 months after the goal was set (2027-11-18 at the latest)' }]);
    const lateMilestone = await t.graphql(SET_GOAL, { input: { ...goal('2027-02-01') } }, headers);
    expect(lateMilestone.errors?.[0].extensions?.fields).toEqual([{ field: 'input.milestones.0.dueOn', message: "must not be after the goal's target date" }]);
    const notADate = await t.graphql(SET_GOAL, { input: goal('2027-02-30') }, headers);
    expect(notADate.errors?.[0].extensions?.fields).toEqual([{ field: 'input.targetDate', message: 'must be a date written YYYY-MM-DD' }]);
    expect((await t.graphql(MY_METHOD, {}, headers)).data).toMatchObject({ myMethod: { goal: null, pastGoals: [] } });
  });

  it('holds ONE active goal, even when two are set at once; closing it makes room for the next', async () => {
    const { roster, practiceId } = await buildCoachingPractice(t, { clients: 1 });
    const { headers } = roster[0].person;
    const setGoal = (statement: string) => t.graphql<{ setGoal: { id: string } }>(SET_GOAL, { input: goal('2027-10-01', statement) }, headers);
    const answers = await Promise.all([setGoal('First'), setGoal('Second')]);
    const refused = answers.filter((a) => a.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0]).toMatchObject({
      message: 'You already have an active goal: edit it, or close it as achieved or abandoned before setting another',
      extensions: { code: 'CONFLICT', fields: [{ field: 'input.statement', message: 'would be a second active goal' }] },
    });
    const goals = await t.db.query(`select statement from goal where tenant_id = $1`, [practiceId]);
    expect(goals).toHaveLength(1);

    const updated = await t.graphql(`mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { statement targetDate } }`, { input: goal('2027-11-18', 'Bolder') }, headers);
    expect(updated.data).toEqual({ updateGoal: { statement: 'Bolder', targetDate: '2027-11-18' } });

    const id = answers.find((a) => !a.errors)!.data!.setGoal.id;
    const closed = await t.graphql(`mutation($id: ID!) { closeGoal(id: $id, status: ACHIEVED) { status closedAt } }`, { id }, headers);
    expect(closed.data?.closeGoal).toMatchObject({ status: 'ACHIEVED' });
    expect((await t.graphql(SET_GOAL, { input: goal('2027-09-01', 'Next') }, headers)).errors).toBeUndefined();
    const method = (await t.graphql<{ myMethod: { goal: { statement: string }; pastGoals: unknown[]; progress: { stepsDone: number } } }>(MY_METHOD, {}, headers)).data!.myMethod;
    expect(method.goal.statement).toBe('Next');
    expect(method.pastGoals).toEqual([{ statement: 'Bolder', status: 'ACHIEVED' }]);
  });

  it('names a bad check-in day or time zone, and dates a decision no later than today', async () => {
    const { roster } = await buildCoachingPractice(t, { clients: 1 });
    const { headers } = roster[0].person;
    const setUp = `mutation($input: SetUpAccountabilityInput!) { setUpAccountability(input: $input) { checkInDay } }`;
    expect((await t.graphql(setUp, { input: { checkInDay: 8, timeZone: 'Europe/London' } }, headers)).errors?.[0].extensions?.fields).toEqual([
      { field: 'input.checkInDay', message: 'must be a weekday from 1 (Monday) to 7 (Sunday)' },
    ]);
    expect((await t.graphql(setUp, { input: { checkInDay: 5, timeZone: 'Mars/Olympus' } }, headers)).errors?.[0].extensions?.fields).toEqual([
      { field: 'input.timeZone', message: 'must be a time zone such as Europe/London' },
    ]);
    const tomorrow = await t.graphql(`mutation { makeDecision(input: { commitment: "Later", decidedOn: "2026-11-19" }) { id } }`, {}, headers);
    expect(tomorrow.errors?.[0].extensions?.fields).toEqual([{ field: 'input.decidedOn', message: 'must not be in the future' }]);
  });

  it('keeps method steps to clients: coaches and owners have no steps of their own', async () => {
    const practice = await buildCoachingPractice(t, { clients: 1 });
    for (const person of [practice.owner, practice.coaches[0]]) {
      const answer = await t.graphql(ADD_NOTE, { input: { kind: 'PATTERN', body: 'Not mine to write' } }, person.headers);
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
