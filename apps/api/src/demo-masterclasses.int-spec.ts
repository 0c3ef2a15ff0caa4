import { demoAccounts, DemoSeeder } from '@ascend/demo';
import { startTestApp, TestApp } from '@ascend/platform/testing';
import { domainModules } from './domains';

/** Issue 9, bullet 9: a first start shows upcoming and past masterclasses, one full with a waitlist, attendance marked. */
describe('the demo practice’s masterclasses', () => {
  let t: TestApp;
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ imports: domainModules });
    await t.app.get(DemoSeeder).seed();
    const owner = demoAccounts.find((a) => a.role === 'OWNER')!;
    const signedIn = await t.graphql<{ signIn: { accessToken: string; viewer: { memberships: { practiceId: string }[] } } }>(
      `mutation($i: SignInInput!) { signIn(input: $i) { accessToken viewer { memberships { practiceId } } } }`,
      { i: { email: owner.email, password: owner.password } },
    );
    const session = signedIn.data!.signIn;
    headers = { authorization: `Bearer ${session.accessToken}`, 'x-practice-id': session.viewer.memberships[0].practiceId };
  });
  afterAll(() => t.close());

  it('has upcoming, past and draft masterclasses, one full with a waitlist and one with attendance and a replay', async () => {
    const { data, errors } = await t.graphql<{ masterclasses: { slug: string; status: string; capacity: number; seatsTaken: number; waitlisted: number; replayUrl: string }[] }>(
      `{ masterclasses(when: ALL) { slug status capacity seatsTaken waitlisted replayUrl } }`,
      {},
      headers,
    );
    expect(errors).toBeUndefined();
    const bySlug = new Map(data!.masterclasses.map((m) => [m.slug, m]));
    expect([...bySlug.values()].map((m) => m.status).sort()).toEqual(['COMPLETED', 'DRAFT', 'PUBLISHED', 'PUBLISHED']);
    expect(bySlug.get('stop-being-the-bottleneck')).toMatchObject({ status: 'PUBLISHED', capacity: 24, seatsTaken: 24, waitlisted: 3 });
    const past = bySlug.get('from-firefighter-to-strategist')!;
    expect(past.replayUrl).toMatch(/^https:\/\//);
    const funnel = await t.graphql<{ masterclassFunnel: { totals: { attended: number; confirmed: number; becameClients: number } } }>(
      `query($from: DateTime!, $to: DateTime!) { masterclassFunnel(from: $from, to: $to) { totals { attended confirmed becameClients } } }`,
      { from: new Date(Date.now() - 60 * 86_400_000).toISOString(), to: new Date(Date.now() - 86_400_000).toISOString() },
      headers,
    );
    expect(funnel.data?.masterclassFunnel.totals).toEqual({ attended: 15, confirmed: 21, becameClients: 2 });
  });

  it('shows the two upcoming published ones on the public page, and seeding again changes nothing', async () => {
    await t.app.get(DemoSeeder).seed();
    const { data } = await t.graphql<{ publicMasterclasses: { slug: string; seatsLeft: number }[] }>(`{ publicMasterclasses(practiceSlug: "ridgeline") { slug seatsLeft } }`);
    expect(data?.publicMasterclasses).toEqual([
      { slug: 'stop-being-the-bottleneck', seatsLeft: 0 },
      { slug: 'the-one-bold-goal-workshop', seatsLeft: 7 },
    ]);
    expect(await t.db.query(`select count(*)::int as n from masterclass`)).toEqual([{ n: 4 }]);
  });
});
