import { IdentityModule } from '@ascend/identity';
import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';
import { addCheckIns, seedCoachedClients, weekFromNow } from './dashboard-scenario';

const DASHBOARD = `query($sort: DashboardSort, $statuses: [ClientStatus!]) {
  coachDashboard(sort: $sort, statuses: $statuses) {
    clientId name status goal { statement targetDate } methodStep stepsDone
    recentWeeks { weekStart progress energy }
    lastCheckIn { weekStart acknowledged late }
    streakWeeks flags urgency
  }
}`;
const DETAIL = `query($clientId: ID!) {
  clientDetail(clientId: $clientId) { clientId name status goal { statement } methodStep stepsDone streakWeeks flags progressSeries { weekStart progress energy } }
}`;
const SQL = { 'x-ascend-debug': 'sql' };

interface Row {
  clientId: string;
  name: string;
  status: string;
  goal: { statement: string; targetDate: string } | null;
  methodStep: string;
  stepsDone: number;
  recentWeeks: { weekStart: string; progress: number | null; energy: number | null }[];
  lastCheckIn: { weekStart: string; acknowledged: boolean; late: boolean } | null;
  streakWeeks: number;
  flags: string[];
  urgency: number;
}

describe('the coach dashboard', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  const dashboard = async (headers: Record<string, string>, variables: Record<string, unknown> = {}) => {
    const answer = await t.graphql<{ coachDashboard: Row[] }>(DASHBOARD, variables, { ...headers, ...SQL });
    expect(answer.errors).toBeUndefined();
    return { rows: answer.data!.coachDashboard, statements: answer.extensions!.sql!.statements };
  };

  /** A practice of `clients` clients through the method with 12 weeks of check-ins each. */
  const busyPractice = async (clients: number) => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients });
    await seedCoachedClients(t, practice.practiceId, practice.roster.map((c) => c.clientId));
    return practice;
  };

  it('answers in the same number of statements, at most 6, for 10 and for 200 clients', async () => {
    const small = await busyPractice(10);
    const large = await busyPractice(200);
    const ten = await dashboard(small.owner.headers);
    const twoHundred = await dashboard(large.owner.headers);
    expect(ten.rows).toHaveLength(10);
    expect(twoHundred.rows).toHaveLength(200);
    expect(twoHundred.rows.every((r) => r.recentWeeks.filter((w) => w.progress !== null).length === 11)).toBe(true);
    expect(twoHundred.statements).toBe(ten.statements);
    expect(twoHundred.statements).toBeLessThanOrEqual(6);
  });

  it('shows goal, step, the last 12 weeks, the last check-in and the streak', async () => {
    const practice = await busyPractice(1);
    const { rows } = await dashboard(practice.owner.headers);
    const [row] = rows;
    expect(row).toMatchObject({
      clientId: practice.roster[0].clientId,
      name: 'Client 1',
      status: 'ACTIVE',
      goal: { statement: 'Lead the platform group' },
      methodStep: 'ACCOUNTABILITY',
      stepsDone: 5,
      lastCheckIn: { weekStart: weekFromNow(-1), acknowledged: true, late: false },
      streakWeeks: 12,
      flags: [],
      urgency: 0,
    });
    expect(row.recentWeeks.map((w) => w.weekStart)).toEqual(Array.from({ length: 12 }, (_, i) => weekFromNow(i - 11)));
    expect(row.recentWeeks[11]).toEqual({ weekStart: weekFromNow(0), progress: null, energy: null });
  });

  it('flags what needs the coach and sorts the most urgent first', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 4 });
    const [silent, falling, waiting, fresh] = practice.roster.map((c) => c.clientId);
    await seedCoachedClients(t, practice.practiceId, [silent, falling, waiting, fresh], { weeks: 0, goalInDays: 300 });
    await t.db.query(`update goal set target_date = current_date + 10 where client_id = $1`, [fresh]);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    await addCheckIns(t, practice.practiceId, [
      { clientId: silent, weekStart: weekFromNow(-3), progress: 6 },
      ...[8, 7, 5, 2].map((progress, i) => ({ clientId: falling, weekStart: weekFromNow(i - 4), progress })),
      { clientId: waiting, weekStart: weekFromNow(-1), progress: 5, submittedAt: daysAgo(4), acknowledged: false },
      { clientId: fresh, weekStart: weekFromNow(-1), progress: 7, submittedAt: daysAgo(0), acknowledged: false },
    ]);

    const { rows } = await dashboard(practice.coaches[0].headers);
    expect(rows.map((r) => [r.clientId, r.flags])).toEqual([
      [silent, ['MISSED_TWO_WEEKS']],
      [falling, ['PROGRESS_FALLING']],
      [waiting, ['UNACKNOWLEDGED', 'NEW_CHECK_IN']],
      [fresh, ['NEW_CHECK_IN', 'GOAL_DUE_SOON']],
    ]);
    expect(rows.find((r) => r.clientId === waiting)!.lastCheckIn).toMatchObject({ acknowledged: false });

    const byName = await dashboard(practice.coaches[0].headers, { sort: 'NAME' });
    expect(byName.rows.map((r) => r.name)).toEqual(['Client 1', 'Client 2', 'Client 3', 'Client 4']);
    const byProgress = await dashboard(practice.coaches[0].headers, { sort: 'PROGRESS' });
    expect(byProgress.rows.map((r) => r.clientId)).toEqual([falling, waiting, silent, fresh]);
  });

  it('shows a coach only their own clients, owners all, and ACTIVE and PAUSED clients unless asked', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 4, admins: 1 });
    const [first, second, third] = practice.roster;
    await t.db.query(`update client set status = 'ALUMNI' where id = $1`, [third.clientId]);
    await t.db.query(`update client set status = 'PAUSED' where id = $1`, [first.clientId]);

    const coachOne = await dashboard(practice.coaches[0].headers);
    expect(coachOne.rows.map((r) => [r.clientId, r.status])).toEqual([[first.clientId, 'PAUSED']]);
    const coachTwo = await dashboard(practice.coaches[1].headers);
    expect(coachTwo.rows.map((r) => r.clientId).sort()).toEqual([second.clientId, practice.roster[3].clientId].sort());
    expect((await dashboard(practice.admins[0].headers)).rows).toHaveLength(3);
    const alumni = await dashboard(practice.owner.headers, { statuses: ['ALUMNI'] });
    expect(alumni.rows.map((r) => r.clientId)).toEqual([third.clientId]);
  });

  it('refuses clients, and an empty practice has an empty dashboard', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const refused = await t.graphql(DASHBOARD, {}, practice.clients[0].headers);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await buildCoachingPractice(t, { coaches: 0, clients: 0 });
    expect((await dashboard(empty.owner.headers)).rows).toEqual([]);
  });
});

describe('the client detail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  it('gives the header and every check-in as a progress and energy series', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId } = practice.roster[0];
    await seedCoachedClients(t, practice.practiceId, [clientId], { weeks: 0 });
    await addCheckIns(t, practice.practiceId, [
      { clientId, weekStart: weekFromNow(-30), progress: 1, energy: 2 },
      { clientId, weekStart: weekFromNow(-1), progress: 6, energy: 4 },
    ]);
    const { data, errors } = await t.graphql(DETAIL, { clientId }, practice.coaches[0].headers);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      clientDetail: {
        clientId,
        name: 'Client 1',
        status: 'ACTIVE',
        goal: { statement: 'Lead the platform group' },
        methodStep: 'ACCOUNTABILITY',
        stepsDone: 5,
        streakWeeks: 0,
        flags: [],
        progressSeries: [
          { weekStart: weekFromNow(-30), progress: 1, energy: 2 },
          { weekStart: weekFromNow(-1), progress: 6, energy: 4 },
        ],
      },
    });
  });

  it('answers NOT_FOUND to a coach of other clients, and refuses the client themself', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 1 });
    const { clientId, person } = practice.roster[0];
    const other = await t.graphql(DETAIL, { clientId }, practice.coaches[1].headers);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const self = await t.graphql(DETAIL, { clientId }, person.headers);
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(DETAIL, { clientId }, practice.owner.headers)).data).toMatchObject({ clientDetail: { clientId } });
  });
});
