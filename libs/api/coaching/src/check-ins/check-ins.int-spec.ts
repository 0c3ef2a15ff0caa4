import { buildCoachingPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { CoachingModule } from '../coaching.module';
import { earlierCheckIn, standOn } from './check-in-scenario';

const SUBMIT = `mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id weekStart progress energy wins late editable } }`;
const HOME = `{ myCoaching { name coachName streakWeeks longestStreakWeeks thisWeek { weekStart checkInDate status missedWeekStart checkIn { progress } }
  latestReply { reply coachName weekStart } methodProgress { stepsDone } } }`;
const MY_CHECK_INS = `query($first: Int, $after: String) { myCheckIns(first: $first, after: $after) { nodes { weekStart coachReply repliedByName late acknowledgedAt } endCursor hasNextPage } }`;
const REPLY = `mutation($id: ID!, $reply: String!) { replyToCheckIn(id: $id, reply: $reply) { coachReply repliedByName acknowledgedAt } }`;

const report = (progress = 7, weekStart?: string) => ({
  input: {
    weekStart,
    progress,
    energy: 4,
    wins: 'Delegated the migration',
    defaultedToDoing: 'Rewrote the deck myself',
    declinedOrDelegated: 'Declined the vendor call',
    strategicWork: 'Drafted the 2027 plan',
    impactMadeLegible: 'Saved two weeks of rework',
    nextCommitments: 'Hand over the release',
  },
});

// Wednesday 18 November 2026 in London, Friday check-ins: this week began on Monday the 16th.
const WEDNESDAY = '2026-11-18T12:00:00Z';

describe('weekly check-ins', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let clock: (later: string) => void;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule], env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });
  beforeEach(() => (clock = standOn(t, WEDNESDAY)));
  afterEach(() => jest.restoreAllMocks());

  const practiceOf = () => buildCoachingPractice(t, { coaches: 2, clients: 2, clientTimeZone: 'Europe/London' });
  const mailsTo = (email: string, tag: string) => mail.messages.filter((m) => m.to.includes(email) && m.tag === tag);

  it('submits this week’s check-in, mails the assigned coach once, and keeps it editable until the week closes', async () => {
    const { roster } = await practiceOf();
    const [{ person: client, clientId, coach }] = roster;
    const first = await t.graphql<{ submitCheckIn: { id: string } }>(SUBMIT, report(7), client.headers);
    expect(first.data?.submitCheckIn).toMatchObject({ weekStart: '2026-11-16', progress: 7, energy: 4, late: false, editable: true });

    const coachMail = await mail.waitFor((m) => m.to.includes(coach!.email) && m.tag === 'check-in-submitted');
    expect(coachMail.subject).toBe(`${client.name} checked in: progress 7/10`);
    expect(coachMail.links.some((link) => link.endsWith(`/app/clients/${clientId}`))).toBe(true);

    const edited = await t.graphql<{ submitCheckIn: { id: string; progress: number } }>(SUBMIT, report(8, '2026-11-16'), client.headers);
    expect(edited.data?.submitCheckIn).toMatchObject({ id: first.data!.submitCheckIn.id, progress: 8 });
    await waitForJobs(t.db);
    expect(mailsTo(coach!.email, 'check-in-submitted')).toHaveLength(1);

    // The next week began: this one has closed.
    clock('2026-11-24T12:00:00Z');
    const closed = await t.graphql(SUBMIT, report(9, '2026-11-16'), client.headers);
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.weekStart', message: 'has closed: its check-in can no longer be changed' }] });
    const history = await t.graphql<{ myCheckIns: { nodes: { weekStart: string }[] } }>(MY_CHECK_INS, {}, client.headers);
    expect(history.data?.myCheckIns.nodes).toEqual([expect.objectContaining({ weekStart: '2026-11-16', late: false })]);
  });

  it('refuses a future week, progress 11, and a week that has long closed, naming the field', async () => {
    const { roster } = await practiceOf();
    const { headers } = roster[0].person;
    const future = await t.graphql(SUBMIT, report(5, '2026-11-23'), headers);
    expect(future.errors?.[0].extensions?.fields).toEqual([{ field: 'input.weekStart', message: 'is in the future: check in for this week or last week' }]);
    const eleven = await t.graphql(SUBMIT, report(11), headers);
    expect(eleven.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.progress', message: 'must be a whole number from 0 to 10' }] });
    const old = await t.graphql(SUBMIT, report(5, '2026-11-02'), headers);
    expect(old.errors?.[0].extensions?.fields?.[0].field).toBe('input.weekStart');
    const tuesday = await t.graphql(SUBMIT, report(5, '2026-11-17'), headers);
    expect(tuesday.errors?.[0].extensions?.fields).toEqual([{ field: 'input.weekStart', message: 'must be the Monday that starts a week' }]);
    expect(await t.db.query(`select id from check_in where client_id = $1`, [roster[0].clientId])).toEqual([]);
  });

  it('checks in for nobody but the signed-in client: coaches and owners are refused', async () => {
    const practice = await practiceOf();
    for (const person of [practice.owner, practice.coaches[0]]) {
      expect((await t.graphql(SUBMIT, report(), person.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.db.query(`select id from check_in where tenant_id = $1`, [practice.practiceId])).toEqual([]);
  });

  it('marks a check-in after the check-in day late, and takes last week late while it has none', async () => {
    const { roster } = await practiceOf();
    const [onTime, behind] = roster.map((r) => r.person);
    clock('2026-11-21T10:00:00Z');
    expect((await t.graphql(SUBMIT, report(6), onTime.headers)).data?.submitCheckIn).toMatchObject({ weekStart: '2026-11-16', late: true });

    clock('2026-11-17T10:00:00Z');
    await t.graphql(`mutation { setUpAccountability(input: { checkInDay: 5, timeZone: "Europe/London" }) { checkInDay } }`, {}, behind.headers);
    clock('2026-11-23T10:00:00Z');
    const home = await t.graphql(HOME, {}, behind.headers);
    expect(home.data?.myCoaching).toMatchObject({ thisWeek: { weekStart: '2026-11-23', checkInDate: '2026-11-27', status: 'UPCOMING', missedWeekStart: '2026-11-16' } });
    expect((await t.graphql(SUBMIT, report(4, '2026-11-16'), behind.headers)).data?.submitCheckIn).toMatchObject({ weekStart: '2026-11-16', late: true, editable: false });
    expect((await t.graphql(HOME, {}, behind.headers)).data?.myCoaching).toMatchObject({ streakWeeks: 1, thisWeek: { missedWeekStart: null } });
  });

  it('counts the streak in consecutive weeks, once even when two submissions race', async () => {
    const { roster, practiceId } = await practiceOf();
    const [{ person: client, clientId }] = roster;
    await earlierCheckIn(t, practiceId, clientId, '2026-11-02');
    await earlierCheckIn(t, practiceId, clientId, '2026-11-09');
    const answers = await Promise.all([t.graphql(SUBMIT, report(6), client.headers), t.graphql(SUBMIT, report(7), client.headers)]);
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    const [row] = await t.db.query(`select streak_weeks, longest_streak_weeks, last_check_in_week::text from client where id = $1`, [clientId]);
    expect(row).toEqual({ streak_weeks: 3, longest_streak_weeks: 3, last_check_in_week: '2026-11-16' });
    expect((await t.graphql(HOME, {}, client.headers)).data?.myCoaching).toMatchObject({ streakWeeks: 3, longestStreakWeeks: 3, thisWeek: { status: 'DONE' } });

    // A week without a check-in breaks it; the longest stays.
    clock('2026-12-02T12:00:00Z');
    expect((await t.graphql(HOME, {}, client.headers)).data?.myCoaching).toMatchObject({ streakWeeks: 0, longestStreakWeeks: 3 });
    await t.graphql(SUBMIT, report(8), client.headers);
    expect((await t.graphql(HOME, {}, client.headers)).data?.myCoaching).toMatchObject({ streakWeeks: 1, longestStreakWeeks: 3 });
  });

  it('lets the assigned coach acknowledge and reply, mails the client, and shows the client the reply', async () => {
    const practice = await practiceOf();
    const [{ person: client, clientId, coach }] = practice.roster;
    const { id } = (await t.graphql<{ submitCheckIn: { id: string } }>(SUBMIT, report(), client.headers)).data!.submitCheckIn;

    const otherCoach = practice.coaches.find((c) => c.userId !== coach!.userId)!;
    expect((await t.graphql(REPLY, { id, reply: 'Not my client' }, otherCoach.headers)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'id' }] });
    expect((await t.graphql(REPLY, { id, reply: 'Self-praise' }, client.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(REPLY, { id, reply: '   ' }, coach!.headers)).errors?.[0].extensions?.fields).toEqual([{ field: 'reply', message: 'must not be blank' }]);

    const acknowledged = await t.graphql<{ acknowledgeCheckIn: { acknowledgedAt: string | null; coachReply: string | null } }>(
      `mutation($id: ID!) { acknowledgeCheckIn(id: $id) { acknowledgedAt coachReply } }`,
      { id },
      coach!.headers,
    );
    expect(acknowledged.data?.acknowledgeCheckIn.acknowledgedAt).not.toBeNull();
    const replied = await t.graphql(REPLY, { id, reply: 'Declining the vendor call was the right move.' }, coach!.headers);
    expect(replied.data?.replyToCheckIn).toMatchObject({ coachReply: 'Declining the vendor call was the right move.', repliedByName: coach!.name });

    const message = await mail.waitFor((m) => m.to.includes(client.email) && m.tag === 'check-in-reply');
    expect(message.subject).toBe(`${coach!.name} replied to your check-in`);
    expect(message.text).toContain('Declining the vendor call was the right move.');
    const history = await t.graphql<{ myCheckIns: { nodes: unknown[] } }>(MY_CHECK_INS, {}, client.headers);
    expect(history.data?.myCheckIns.nodes).toEqual([expect.objectContaining({ coachReply: 'Declining the vendor call was the right move.', repliedByName: coach!.name })]);
    expect((await t.graphql(HOME, {}, client.headers)).data?.myCoaching).toMatchObject({
      coachName: coach!.name,
      latestReply: { reply: 'Declining the vendor call was the right move.', coachName: coach!.name, weekStart: '2026-11-16' },
    });

    const coachView = `query($clientId: ID!) { clientCheckIns(clientId: $clientId, first: 5) { nodes { id coachReply } hasNextPage } }`;
    expect((await t.graphql(coachView, { clientId }, practice.owner.headers)).data).toEqual({
      clientCheckIns: { nodes: [{ id, coachReply: 'Declining the vendor call was the right move.' }], hasNextPage: false },
    });
    expect((await t.graphql(coachView, { clientId }, otherCoach.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('pages through the history, newest week first', async () => {
    const { roster, practiceId } = await practiceOf();
    const [{ person: client, clientId }] = roster;
    for (const week of ['2026-10-19', '2026-10-26', '2026-11-02']) await earlierCheckIn(t, practiceId, clientId, week);
    const first = await t.graphql<{ myCheckIns: { nodes: { weekStart: string }[]; endCursor: string; hasNextPage: boolean } }>(MY_CHECK_INS, { first: 2 }, client.headers);
    expect(first.data?.myCheckIns).toMatchObject({ nodes: [{ weekStart: '2026-11-02' }, { weekStart: '2026-10-26' }], endCursor: '2026-10-26', hasNextPage: true });
    const next = await t.graphql<{ myCheckIns: unknown }>(MY_CHECK_INS, { first: 2, after: '2026-10-26' }, client.headers);
    expect(next.data?.myCheckIns).toMatchObject({ nodes: [{ weekStart: '2026-10-19' }], hasNextPage: false });
    expect((await t.graphql(MY_CHECK_INS, { first: 500 }, client.headers)).errors?.[0].extensions?.fields).toEqual([{ field: 'first', message: 'must be from 1 to 52' }]);
  });

  // BEGIN, the session check, the locked client row with its weeks, the upsert with the streak, the coach's job, COMMIT.
  it('submits in a handful of statements', async () => {
    const { roster } = await practiceOf();
    const answer = await t.graphql(SUBMIT, report(), { ...roster[0].person.headers, 'x-ascend-debug': 'sql' });
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.sql?.statements).toBeLessThanOrEqual(6);
  });
});
