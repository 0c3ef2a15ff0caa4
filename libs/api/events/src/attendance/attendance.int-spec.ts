import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { buildMasterclass, guest } from '../shared/masterclass-scenario';

const REGISTER = `mutation($input: RegisterForMasterclassInput!) { registerForMasterclass(input: $input) { registration { id status } } }`;
const LIST = `query($id: ID!, $filter: RegistrationFilter, $first: Int, $after: String) {
  masterclassRegistrations(masterclassId: $id, filter: $filter, first: $first, after: $after) { total nextCursor registrations { id email status waitlistPosition attendance origin { source newsletterIssue utmSource } } }
}`;
const MARK = `mutation($input: MarkAttendanceInput!) { markAttendance(input: $input) { id attendance } }`;
const CSV = `query($id: ID!) { masterclassRegistrationsCsv(masterclassId: $id) }`;
const INVITE = `mutation($id: ID!) { inviteRegistrantAsClient(registrationId: $id) { clientId email } }`;
const FUNNEL = `query($from: DateTime!, $to: DateTime!) { masterclassFunnel(from: $from, to: $to) {
  totals { registered waitlisted confirmed attended attendanceRate becameClients }
  masterclasses { title figures { registered attended becameClients } }
  sources { source newsletterIssue utmSource registered attended }
} }`;

type Page = { masterclassRegistrations: { total: number; nextCursor: string | null; registrations: { id: string; email: string; status: string; waitlistPosition: number | null }[] } };

describe('after the masterclass: the list, attendance, the export, registrants who become clients, and the funnel', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: { AUTH_RATE_LIMIT: '1000000' } });
  });
  afterAll(() => t.close());

  async function registered(practiceSlug: string, masterclassSlug: string, emails: string[], origin?: Record<string, string>) {
    const ids: string[] = [];
    for (const email of emails) {
      const answer = await t.graphql<{ registerForMasterclass: { registration: { id: string } } }>(REGISTER, { input: guest(practiceSlug, masterclassSlug, email, origin ? { origin } : {}) });
      ids.push(answer.data!.registerForMasterclass.registration.id);
    }
    return ids;
  }

  /** Moves the masterclass into the past, as if it had taken place (registrations happened while it was open). */
  const takePlace = (id: string) =>
    t.db.query(`update masterclass set starts_at = now() - interval '3 hours', registration_deadline = now() - interval '3 hours' where id = $1`, [id]);

  it('lists registrations in arrival order with search, status filter and pages, and exports them as CSV', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 2 });
    const emails = ['ana', 'ben', 'cleo', 'dev'].map((n) => uniqueEmail(n));
    await registered(practice.slug, masterclass.slug, emails, { newsletterIssue: 'issue-12', utmSource: 'newsletter' });
    const coach = practice.coaches[0].headers;
    const first = await t.graphql<Page>(LIST, { id: masterclass.id, first: 3 }, coach);
    expect(first.data?.masterclassRegistrations.total).toBe(4);
    expect(first.data?.masterclassRegistrations.registrations.map((r) => [r.email, r.status, r.waitlistPosition])).toEqual([
      [emails[0].toLowerCase(), 'CONFIRMED', null],
      [emails[1].toLowerCase(), 'CONFIRMED', null],
      [emails[2].toLowerCase(), 'WAITLISTED', 1],
    ]);
    const rest = await t.graphql<Page>(LIST, { id: masterclass.id, first: 3, after: first.data?.masterclassRegistrations.nextCursor }, coach);
    expect(rest.data?.masterclassRegistrations).toMatchObject({ nextCursor: null, registrations: [{ email: emails[3].toLowerCase(), waitlistPosition: 2 }] });
    const waiting = await t.graphql<Page>(LIST, { id: masterclass.id, filter: { statuses: ['WAITLISTED'], search: 'DEV' } }, coach);
    expect(waiting.data?.masterclassRegistrations.registrations.map((r) => r.email)).toEqual([emails[3].toLowerCase()]);

    const csv = (await t.graphql<{ masterclassRegistrationsCsv: string }>(CSV, { id: masterclass.id }, coach)).data!.masterclassRegistrationsCsv;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,email,status,waitlist position,attendance,registered at,cancelled at,question,source,newsletter issue,utm source,utm medium,utm campaign');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toContain(`${emails[2].toLowerCase()},WAITLISTED,1,`);
    expect(lines[3]).toContain(',NEWSLETTER,issue-12,newsletter,,');
    await waitForJobs(t.db);
  });

  it('marks attendance once it has started, all or nothing, only for confirmed seats', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 2 });
    const [ana, ben, cleo] = await registered(practice.slug, masterclass.slug, [uniqueEmail('ana'), uniqueEmail('ben'), uniqueEmail('cleo')]);
    const owner = practice.owner.headers;
    const early = await t.graphql(MARK, { input: { masterclassId: masterclass.id, marks: [{ registrationId: ana, attendance: 'ATTENDED' }] } }, owner);
    expect(early.errors?.[0].extensions?.fields).toEqual([{ field: 'input.masterclassId', message: 'can be marked once the masterclass has started' }]);
    await takePlace(masterclass.id);
    const mixed = await t.graphql(MARK, { input: { masterclassId: masterclass.id, marks: [{ registrationId: ana, attendance: 'ATTENDED' }, { registrationId: cleo, attendance: 'ATTENDED' }] } }, owner);
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.marks.1.registrationId' }] });
    expect(await t.db.query(`select attendance from registration where id = $1`, [ana])).toEqual([{ attendance: null }]);
    const marked = await t.graphql(MARK, { input: { masterclassId: masterclass.id, marks: [{ registrationId: ana, attendance: 'ATTENDED' }, { registrationId: ben, attendance: 'NO_SHOW' }] } }, owner);
    expect(marked.data).toEqual({ markAttendance: [{ id: ana, attendance: 'ATTENDED' }, { id: ben, attendance: 'NO_SHOW' }] });
    await waitForJobs(t.db);
  });

  it('invites a registrant as a client in one step, their registrations going with them, and counts them in the funnel by source', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const first = await buildMasterclass(t, practice, { capacity: 2 });
    const second = await buildMasterclass(t, practice, { capacity: 5 });
    const keen = uniqueEmail('keen');
    const [keenFirst, quiet] = await registered(practice.slug, first.slug, [keen, uniqueEmail('quiet')], { utmSource: 'linkedin' });
    await registered(practice.slug, first.slug, [uniqueEmail('late')]);
    const [keenSecond] = await registered(practice.slug, second.slug, [keen], { newsletterIssue: 'issue-7' });
    await takePlace(first.id);
    await t.graphql(MARK, { input: { masterclassId: first.id, marks: [{ registrationId: keenFirst, attendance: 'ATTENDED' }, { registrationId: quiet, attendance: 'NO_SHOW' }] } }, practice.owner.headers);

    const invited = await t.graphql<{ inviteRegistrantAsClient: { clientId: string; email: string } }>(INVITE, { id: keenFirst }, practice.owner.headers);
    expect(invited.errors).toBeUndefined();
    const { clientId } = invited.data!.inviteRegistrantAsClient;
    expect(await t.db.query(`select source, status from client where id = $1`, [clientId])).toEqual([{ source: 'MASTERCLASS', status: 'ACTIVE' }]);
    expect(await t.db.query(`select count(*)::int as n from invitation where tenant_id = $1 and email = $2`, [practice.practiceId, keen.toLowerCase()])).toEqual([{ n: 1 }]);
    const linked = await t.db.query<{ id: string }>(`select id from registration where client_id = $1 order by registered_at`, [clientId]);
    expect(linked.map((r) => r.id)).toEqual([keenFirst, keenSecond]);
    const history = await t.graphql<{ client: { masterclassRegistrations: { id: string }[] } }>(`query($id: ID!) { client(id: $id) { masterclassRegistrations { id } } }`, { id: clientId }, practice.owner.headers);
    expect(history.data?.client.masterclassRegistrations.map((r) => r.id)).toEqual([keenSecond, keenFirst]);
    const twice = await t.graphql(INVITE, { id: keenSecond }, practice.owner.headers);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'registrationId' }] });

    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const funnel = await t.graphql<{ masterclassFunnel: { totals: Record<string, number>; masterclasses: unknown[]; sources: unknown[] } }>(FUNNEL, { from, to }, practice.owner.headers);
    expect(funnel.errors).toBeUndefined();
    expect(funnel.data?.masterclassFunnel.totals).toEqual({ registered: 4, waitlisted: 1, confirmed: 3, attended: 1, attendanceRate: 0.5, becameClients: 2 });
    expect(funnel.data?.masterclassFunnel.masterclasses).toEqual([
      { title: first.title, figures: { registered: 3, attended: 1, becameClients: 1 } },
      { title: second.title, figures: { registered: 1, attended: 0, becameClients: 1 } },
    ]);
    expect(funnel.data?.masterclassFunnel.sources).toEqual([
      { source: 'DIRECT', newsletterIssue: null, utmSource: 'linkedin', registered: 2, attended: 1 },
      { source: 'DIRECT', newsletterIssue: null, utmSource: null, registered: 1, attended: 0 },
      { source: 'NEWSLETTER', newsletterIssue: 'issue-7', utmSource: null, registered: 1, attended: 0 },
    ]);
    const backwards = await t.graphql(FUNNEL, { from: to, to: from }, practice.owner.headers);
    expect(backwards.errors?.[0].extensions?.fields).toEqual([{ field: 'to', message: 'must be after from' }]);
    await waitForJobs(t.db);
  });
});
