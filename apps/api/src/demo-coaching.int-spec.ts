import { demoAccounts, DemoSeeder, seedDemoCoaching } from '@ascend/demo';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { domainModules } from './domains';

interface DashboardRow {
  name: string;
  methodStep: string;
  flags: string[];
  streakWeeks: number;
  recentWeeks: { progress: number | null }[];
}

/** Issue 8, bullet 10: a first start shows a lived-in coaching practice, trends and flags included. */
describe('the demo practice’s coaching', () => {
  let t: TestApp;
  let dashboard: (email: string) => Promise<DashboardRow[]>;

  beforeAll(async () => {
    t = await startTestApp({ imports: domainModules });
    await t.app.get(DemoSeeder).seed();
    dashboard = async (email) => {
      const { password } = demoAccounts.find((a) => a.email === email)!;
      const signedIn = await t.graphql<{ signIn: { accessToken: string; viewer: { memberships: { practiceId: string }[] } } }>(
        `mutation($i: SignInInput!) { signIn(input: $i) { accessToken viewer { memberships { practiceId } } } }`,
        { i: { email, password } },
      );
      const session = signedIn.data!.signIn;
      const { data, errors } = await t.graphql<{ coachDashboard: DashboardRow[] }>(
        `{ coachDashboard { name methodStep flags streakWeeks recentWeeks { progress } } }`,
        {},
        { authorization: `Bearer ${session.accessToken}`, 'x-practice-id': session.viewer.memberships[0].practiceId },
      );
      expect(errors).toBeUndefined();
      return data!.coachDashboard;
    };
  });
  afterAll(() => t.close());

  it('gives the owner a dashboard with clients at different steps, trends and every kind of flag', async () => {
    const rows = await dashboard('maren@ridgeline.example');
    const byName = new Map(rows.map((row) => [row.name.split(' ')[0], row]));
    expect([...byName.keys()].sort()).toEqual(['Amara', 'Daniel', 'Hannah', 'Kenji', 'Priya', 'Tom']);
    expect(byName.get('Tom')!.methodStep).toBe('GOAL');
    expect(byName.get('Kenji')!.methodStep).toBe('GOAL');
    expect(byName.get('Priya')!.streakWeeks).toBeGreaterThanOrEqual(9);
    expect(byName.get('Priya')!.recentWeeks.filter((w) => w.progress !== null).length).toBeGreaterThanOrEqual(9);
    expect(byName.get('Priya')!.flags).toContain('NEW_CHECK_IN');
    expect(byName.get('Amara')!.flags).toContain('PROGRESS_FALLING');
    expect(byName.get('Daniel')!.flags).toEqual(expect.arrayContaining(['MISSED_TWO_WEEKS', 'GOAL_DUE_SOON']));
    expect(byName.get('Hannah')!.flags).toContain('UNACKNOWLEDGED');
  });

  it('shows the coach only the clients assigned to them', async () => {
    const rows = await dashboard('jonas@ridgeline.example');
    expect(rows.map((row) => row.name.split(' ')[0]).sort()).toEqual(['Amara', 'Kenji', 'Priya']);
  });

  it.each(['2026-11-16T00:30:00Z', '2026-11-19T12:00:00Z', '2026-11-20T17:00:00Z', '2026-11-22T23:30:00Z'])(
    'never writes a check-in or reply later than the moment it is seeded (%s)',
    async (moment) => {
      const now = new Date(moment);
      const { practiceId } = await buildPractice(t);
      // The demo's coaches (made by the seed above) coach in this practice too.
      await t.db.query(`insert into membership (tenant_id, user_id, role) select $1, id, 'COACH' from app_user where email in ('maren@ridgeline.example', 'jonas@ridgeline.example')`, [practiceId]);
      await t.app.get(TenantDatabase).run({ practiceId }, (manager) => seedDemoCoaching(manager, practiceId, now));
      const [late] = await t.db.query<{ count: number }>(
        `select count(*)::int as count from check_in where tenant_id = $1 and (submitted_at > $2 or replied_at > $2 or week_start > $2::date)`,
        [practiceId, now],
      );
      expect(late.count).toBe(0);
      const [{ count }] = await t.db.query<{ count: number }>(`select count(*)::int as count from check_in where tenant_id = $1`, [practiceId]);
      expect(count).toBe(24);
    },
  );

  it('seeds the coaching records once, however often the app starts', async () => {
    await t.app.get(DemoSeeder).seed();
    const [{ check_ins, clients }] = await t.db.query<{ check_ins: number; clients: number }>(
      `select (select count(*)::int from check_in where tenant_id = p.id) as check_ins, (select count(*)::int from client where tenant_id = p.id) as clients
         from practice p where p.slug = 'ridgeline'`,
    );
    expect(clients).toBe(7);
    expect(check_ins).toBe(24);
  });
});
