import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { CoachingModule } from '../coaching.module';
import { giveClientARecordOfEverything, rowsMentioning } from './privacy-scenario';

const EXPORT = `mutation($clientId: ID!) { exportClientData(clientId: $clientId) }`;
const ERASE = `mutation($clientId: ID!, $confirmEmail: String!) { eraseClient(clientId: $clientId, confirmEmail: $confirmEmail) { reference } }`;
const SQL = { 'x-ascend-debug': 'sql' };

type Export = Record<string, unknown[]> & { client: { id: string; email: string }; membership: { role: string } };

describe('exporting and erasing a client', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  it('exports everything the practice keeps about one client as JSON, in a fixed number of statements, and records it', async () => {
    const practice = await buildCoachingPractice(t, { clients: 2, admins: 1 });
    const [few, many] = practice.roster;
    await giveClientARecordOfEverything(t, few, 1);
    await giveClientARecordOfEverything(t, many, 8);

    const answer = await t.graphql<{ exportClientData: string }>(EXPORT, { clientId: many.clientId }, { ...practice.admins[0].headers, ...SQL });
    const data = JSON.parse(answer.data!.exportClientData) as Export;
    expect(data.client).toMatchObject({ id: many.clientId, email: many.person.email });
    expect(data.client).not.toHaveProperty('tenant_id');
    expect(data.membership).toMatchObject({ role: 'CLIENT' });
    const counts = Object.fromEntries(
      ['awarenessNotes', 'decisions', 'goals', 'futureSelfStatements', 'checkIns', 'checkInAlerts', 'impactEntries', 'actionItems', 'sessionNotes', 'invitations', 'auditEvents'].map(
        (key) => [key, data[key].length],
      ),
    );
    expect(counts).toEqual({
      awarenessNotes: 1,
      decisions: 1,
      goals: 1,
      futureSelfStatements: 1,
      checkIns: 8,
      checkInAlerts: 8,
      impactEntries: 8,
      actionItems: 1,
      sessionNotes: 1,
      invitations: 1,
      auditEvents: 3,
    });
    expect(data.checkIns[0]).toMatchObject({ coach_reply: 'Well done', impact_made_legible: 'Saved the launch' });
    expect(data.invitations[0]).not.toHaveProperty('token_hash');
    expect(JSON.stringify(data)).not.toContain(few.person.email);

    const small = await t.graphql(EXPORT, { clientId: few.clientId }, { ...practice.owner.headers, ...SQL });
    expect(small.extensions?.sql).toMatchObject({ statements: (answer.extensions?.sql as { statements: number }).statements });

    const audit = await t.db.query<{ action: string; target_email: string; detail: unknown }>(
      `select action, target_email, detail from audit_event where tenant_id = $1 and action = 'CLIENT_DATA_EXPORTED' order by created_at`,
      [practice.practiceId],
    );
    expect(audit).toEqual([
      { action: 'CLIENT_DATA_EXPORTED', target_email: many.person.email, detail: { clientId: many.clientId } },
      { action: 'CLIENT_DATA_EXPORTED', target_email: few.person.email, detail: { clientId: few.clientId } },
    ]);
  });

  it('lets only owners and admins export or erase', async () => {
    const practice = await buildCoachingPractice(t, { clients: 1 });
    const [{ clientId, person, coach }] = practice.roster;
    for (const caller of [coach!, person]) {
      for (const [query, variables] of [
        [EXPORT, { clientId }],
        [ERASE, { clientId, confirmEmail: person.email }],
      ] as const) {
        const { data, errors } = await t.graphql(query, variables, caller.headers);
        expect(data).toBeNull();
        expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect(await t.db.query('select id from client where id = $1', [clientId])).toHaveLength(1);
  });

  it('erases nothing unless the typed email matches', async () => {
    const practice = await buildCoachingPractice(t, { clients: 2 });
    const [client, other] = practice.roster;
    const { errors } = await t.graphql(ERASE, { clientId: client.clientId, confirmEmail: other.person.email }, practice.owner.headers);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'confirmEmail', message: "does not match the client's email" }] });
    expect(await t.db.query('select id from client where tenant_id = $1', [practice.practiceId])).toHaveLength(2);
  });

  it("erases the client's data from the practice, and only from it, leaving an audit entry with no personal data", async () => {
    const practice = await buildCoachingPractice(t, { clients: 2 });
    const [client, stays] = practice.roster;
    await giveClientARecordOfEverything(t, client, 3);
    await giveClientARecordOfEverything(t, stays, 1);
    await t.graphql(EXPORT, { clientId: client.clientId }, practice.owner.headers);
    // The same person is a client of another practice too.
    const elsewhere = await buildCoachingPractice(t, { clients: 0 });
    await t.db.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'CLIENT')`, [elsewhere.practiceId, client.person.userId]);
    const needles = [client.person.email, client.clientId, client.person.userId];
    expect(Object.keys(await rowsMentioning(t, practice.practiceId, needles)).length).toBeGreaterThan(8);

    const erased = await t.graphql<{ eraseClient: { reference: string } }>(
      ERASE,
      { clientId: client.clientId, confirmEmail: ` ${client.person.email.toUpperCase()} ` },
      practice.owner.headers,
    );
    const reference = erased.data!.eraseClient.reference;

    expect(await rowsMentioning(t, practice.practiceId, needles)).toEqual({});
    const [entry] = await t.db.query<Record<string, unknown>>(`select * from audit_event where tenant_id = $1 and action = 'CLIENT_ERASED'`, [practice.practiceId]);
    expect(entry).toMatchObject({ actor_user_id: practice.owner.userId, target_email: null, detail: { reference } });
    expect(JSON.stringify(entry)).not.toMatch(new RegExp(`${client.person.name}|${client.person.email}`));
    // The audit trail keeps its events (and everyone else's), without the person.
    expect(await t.db.query(`select 1 from audit_event where tenant_id = $1 and action = 'SIGNED_IN'`, [practice.practiceId])).toHaveLength(2);

    expect(await rowsMentioning(t, practice.practiceId, [stays.person.email, stays.clientId, stays.person.userId])).toMatchObject({ client: 1, membership: 1, check_in: 1 });
    expect(await t.db.query('select 1 from app_user where id = $1', [client.person.userId])).toHaveLength(1);
    expect(await rowsMentioning(t, elsewhere.practiceId, [client.person.email])).toEqual({ client: 1 });
    expect(await t.db.query('select role from membership where tenant_id = $1 and user_id = $2', [elsewhere.practiceId, client.person.userId])).toEqual([{ role: 'CLIENT' }]);

    const after = await t.graphql(`{ myImpactEntries { id } }`, {}, client.person.headers);
    expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('erases once when two erasures race, and erases a lead that has no account', async () => {
    const practice = await buildCoachingPractice(t, { clients: 1 });
    const [{ clientId, person }] = practice.roster;
    const both = await Promise.all([0, 1].map(() => t.graphql(ERASE, { clientId, confirmEmail: person.email }, practice.owner.headers)));
    expect(both.map((a) => (a.data?.eraseClient ? 'erased' : a.errors?.[0].extensions?.code)).sort()).toEqual(['NOT_FOUND', 'erased']);
    expect(await t.db.query(`select 1 from audit_event where tenant_id = $1 and action = 'CLIENT_ERASED'`, [practice.practiceId])).toHaveLength(1);

    const [lead] = await t.db.query<{ id: string }>(
      `insert into client (tenant_id, name, email, status, source, time_zone) values ($1, 'Lena Lead', 'lena-erased@example.com', 'LEAD', 'APPLICATION', 'Europe/London') returning id`,
      [practice.practiceId],
    );
    const erased = await t.graphql(ERASE, { clientId: lead.id, confirmEmail: 'lena-erased@example.com' }, practice.owner.headers);
    expect(erased.errors).toBeUndefined();
    expect(await rowsMentioning(t, practice.practiceId, ['lena-erased@example.com', lead.id])).toEqual({});
  });
});
