import { IdentityModule } from '@ascend/identity';
import { buildCoachingPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';
import { addRosterRow } from './roster-scenario';

const PAGE = `query($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {
  clients(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name email status tags coach { id name } hasAccount }
  }
}`;
const ONE = `query($id: ID!) { client(id: $id) { id name status startedOn checkInDay timeZone hasAccount coach { name } } }`;
const UPDATE = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { status tags startedOn checkInDay timeZone coach { id } } }`;
const ADD = `mutation($input: AddClientInput!) { addClient(input: $input) { id email status source coach { id } hasAccount invitationPending } }`;

interface Page {
  clients: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; name: string; email: string; status: string; tags: string[]; coach: { id: string; name: string } | null }[] };
}

describe('the client roster', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule], env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  describe('who sees whom', () => {
    it('shows an owner every client, a coach only theirs, with their coach loaded in one batch', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 2, clients: 4 });
      const lead = await addRosterRow(t, practice.practiceId, { name: 'Lena Lead', status: 'LEAD' });
      const everyone = await t.graphql<Page>(PAGE, {}, { ...practice.owner.headers, 'x-ascend-debug': 'sql' });
      expect(everyone.data!.clients.totalCount).toBe(5);
      expect(everyone.data!.clients.nodes.map((c) => c.id).sort()).toEqual([...practice.roster.map((r) => r.clientId), lead].sort());
      // However many clients, coaches and leads the page holds, it costs the same statements.
      for (let i = 0; i < 10; i++) await addRosterRow(t, practice.practiceId, { name: `More ${i}`, coachUserId: practice.coaches[i % 2].userId });
      const more = await t.graphql<Page>(PAGE, {}, { ...practice.owner.headers, 'x-ascend-debug': 'sql' });
      expect(more.data!.clients.nodes).toHaveLength(15);
      expect(more.extensions?.sql?.statements).toBe(everyone.extensions?.sql?.statements);

      const [coach] = practice.coaches;
      const theirs = await t.graphql<Page>(PAGE, {}, coach.headers);
      expect(theirs.data!.clients.totalCount).toBe(7);
      const assigned = practice.roster.filter((r) => r.coach?.userId === coach.userId).map((r) => r.clientId);
      expect(theirs.data!.clients.nodes.map((c) => c.id)).toEqual(expect.arrayContaining(assigned));
      expect(theirs.data!.clients.nodes.every((c) => c.coach?.id === coach.userId && c.coach.name === coach.name)).toBe(true);
    });

    it('answers NOT_FOUND for a client of another coach, exactly as for an unknown id', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 2, clients: 2 });
      const otherCoachs = practice.roster[1].clientId;
      const forbidden = await t.graphql(ONE, { id: otherCoachs }, practice.coaches[0].headers);
      const unknown = await t.graphql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, practice.coaches[0].headers);
      expect(forbidden.errors?.[0]).toMatchObject({ message: 'No such client in this practice', extensions: { code: 'NOT_FOUND', fields: [{ field: 'id' }] } });
      expect(forbidden.errors).toEqual(unknown.errors);
      expect((await t.graphql(ONE, { id: otherCoachs }, practice.coaches[1].headers)).data).toMatchObject({ client: { id: otherCoachs, hasAccount: true } });
    });

    it('shows a client themself only, and no roster', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 2 });
      const [me, other] = practice.roster;
      expect((await t.graphql(ONE, { id: me.clientId }, me.person.headers)).data).toMatchObject({ client: { id: me.clientId, coach: { name: me.coach!.name } } });
      expect((await t.graphql(ONE, { id: other.clientId }, me.person.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.graphql(PAGE, {}, me.person.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('pages, filters and order', () => {
    it('walks the roster with a stable cursor, even when a client is added between pages', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
      for (const name of ['Cara', 'Abe', 'Eli', 'Bea', 'Dov']) await addRosterRow(t, practice.practiceId, { name });
      const first = (await t.graphql<Page>(PAGE, { first: 2 }, practice.owner.headers)).data!.clients;
      expect(first.nodes.map((c) => c.name)).toEqual(['Abe', 'Bea']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      await addRosterRow(t, practice.practiceId, { name: 'Aaron' });
      const second = (await t.graphql<Page>(PAGE, { first: 2, after: first.pageInfo.endCursor }, practice.owner.headers)).data!.clients;
      expect(second.nodes.map((c) => c.name)).toEqual(['Cara', 'Dov']);
      const last = (await t.graphql<Page>(PAGE, { first: 2, after: second.pageInfo.endCursor }, practice.owner.headers)).data!.clients;
      expect(last).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false }, nodes: [{ name: 'Eli' }] });
    });

    it('sorts by status, start date and creation, either way', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
      await addRosterRow(t, practice.practiceId, { name: 'Alumna', status: 'ALUMNI', startedOn: '2025-01-01' });
      await addRosterRow(t, practice.practiceId, { name: 'Lead', status: 'LEAD' });
      await addRosterRow(t, practice.practiceId, { name: 'Paused', status: 'PAUSED', startedOn: '2025-06-01' });
      const names = async (field: string, direction: string) =>
        (await t.graphql<Page>(PAGE, { sort: { field, direction } }, practice.owner.headers)).data!.clients.nodes.map((c) => c.name);
      expect(await names('STATUS', 'ASC')).toEqual(['Lead', 'Paused', 'Alumna']);
      expect(await names('STARTED_ON', 'ASC')).toEqual(['Alumna', 'Paused', 'Lead']);
      expect(await names('STARTED_ON', 'DESC')).toEqual(['Lead', 'Paused', 'Alumna']);
      expect(await names('CREATED_AT', 'DESC')).toEqual(['Paused', 'Lead', 'Alumna']);
      const byStatus = await t.graphql<Page>(PAGE, { sort: { field: 'STATUS', direction: 'ASC' }, first: 1 }, practice.owner.headers);
      const wrongOrder = await t.graphql(PAGE, { after: byStatus.data!.clients.pageInfo.endCursor }, practice.owner.headers);
      expect(wrongOrder.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    });

    it('caps the page size with a clear error', async () => {
      const practice = await buildCoachingPractice(t, { clients: 0 });
      const { errors } = await t.graphql(PAGE, { first: 101 }, practice.owner.headers);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be between 1 and 100' }] });
    });

    it('filters by search, status, coach and tag', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 2, clients: 0 });
      const [one, two] = practice.coaches;
      await addRosterRow(t, practice.practiceId, { name: 'Maren Okafor', email: uniqueEmail('maren'), coachUserId: one.userId, tags: ['vip'] });
      await addRosterRow(t, practice.practiceId, { name: 'Tom 100%', status: 'PAUSED', coachUserId: two.userId, tags: ['board', 'vip'] });
      await addRosterRow(t, practice.practiceId, { name: 'Ann Lee', status: 'LEAD' });
      const names = async (filter: object) => (await t.graphql<Page>(PAGE, { filter }, practice.owner.headers)).data!.clients.nodes.map((c) => c.name);
      expect(await names({ search: 'MAREN' })).toEqual(['Maren Okafor']);
      expect(await names({ search: '100%' })).toEqual(['Tom 100%']);
      expect(await names({ search: '%' })).toEqual(['Tom 100%']);
      expect(await names({ status: 'LEAD' })).toEqual(['Ann Lee']);
      expect(await names({ coachUserId: two.userId })).toEqual(['Tom 100%']);
      expect(await names({ tag: 'VIP' })).toEqual(['Maren Okafor', 'Tom 100%']);
      expect(await names({ tag: 'vip', status: 'PAUSED' })).toEqual(['Tom 100%']);
    });
  });

  describe('changing a client', () => {
    it('lets the coach change status, tags, check-in day, zone and start date, and refuses a zone that is not one', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
      const [{ clientId, coach }] = practice.roster;
      const input = { clientId, status: 'PAUSED', tags: [' VIP', 'vip', 'Board'], checkInDay: 1, timeZone: 'Asia/Tokyo', startedOn: '2026-01-05' };
      expect((await t.graphql(UPDATE, { input }, coach!.headers)).data).toEqual({
        updateClient: { status: 'PAUSED', tags: ['vip', 'board'], checkInDay: 1, timeZone: 'Asia/Tokyo', startedOn: '2026-01-05', coach: { id: coach!.userId } },
      });
      const bad = await t.graphql(UPDATE, { input: { clientId, timeZone: 'Mars/Olympus', checkInDay: 8, startedOn: '2026-02-30' } }, coach!.headers);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.checkInDay' }] });
      const zone = await t.graphql(UPDATE, { input: { clientId, timeZone: 'Mars/Olympus', startedOn: '2026-02-30' } }, coach!.headers);
      expect(zone.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.timeZone', message: 'must be an IANA time zone such as Europe/London' },
        { field: 'input.startedOn', message: 'must be a real date' },
      ]);
    });

    it('lets an owner hand a client to another coach (a member who coaches), but not a coach', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 2, clients: 1 });
      const [{ clientId, person }] = practice.roster;
      const [first, second] = practice.coaches;
      const byCoach = await t.graphql(UPDATE, { input: { clientId, coachUserId: second.userId } }, first.headers);
      expect(byCoach.errors?.[0]).toMatchObject({ message: 'Only an owner or admin can hand a client to another coach', extensions: { code: 'FORBIDDEN', fields: [{ field: 'input.coachUserId' }] } });
      const toClient = await t.graphql(UPDATE, { input: { clientId, coachUserId: person.userId } }, practice.owner.headers);
      expect(toClient.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.coachUserId', message: 'is not an owner, admin or coach of this practice' }] });
      expect((await t.graphql(UPDATE, { input: { clientId, coachUserId: second.userId } }, practice.owner.headers)).data).toMatchObject({ updateClient: { coach: { id: second.userId } } });
      // Now the first coach cannot reach the client at all.
      expect((await t.graphql(UPDATE, { input: { clientId, status: 'ALUMNI' } }, first.headers)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.clientId' }] });
    });
  });

  describe('adding and inviting', () => {
    it('adds a client to the coach who adds them, and refuses an address already on the roster, naming it', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
      const [coach] = practice.coaches;
      const email = uniqueEmail('New.Client');
      const added = await t.graphql(ADD, { input: { name: 'New Client', email, tags: ['Trial'] } }, coach.headers);
      expect(added.data).toMatchObject({ addClient: { email: email.toLowerCase(), status: 'ACTIVE', source: 'ROSTER', coach: { id: coach.userId }, hasAccount: false, invitationPending: false } });
      const again = await t.graphql(ADD, { input: { name: 'Again', email: email.toUpperCase() } }, practice.owner.headers);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email', message: 'is already on the roster' }] });
      // A coach invites their own clients: the invitation goes out and the client is theirs.
      const invite = await t.graphql(ADD, { input: { name: 'Invited', email: uniqueEmail('invited'), invite: true } }, coach.headers);
      expect(invite.data).toMatchObject({ addClient: { coach: { id: coach.userId }, invitationPending: true } });
    });

    it('adds an address once when two people add it at the same moment', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
      const email = uniqueEmail('race');
      const answers = await Promise.all([practice.owner, practice.coaches[0]].map((p) => t.graphql(ADD, { input: { name: 'Raced', email } }, p.headers)));
      expect(answers.filter((a) => a.data?.addClient)).toHaveLength(1);
      expect(answers.find((a) => a.errors)?.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email' }] });
    });

    it('invites a lead in one step; accepting the invitation gives the roster row its account', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
      const email = uniqueEmail('lead');
      const lead = await addRosterRow(t, practice.practiceId, { name: 'Lena Lead', email, status: 'LEAD' });
      const invited = await t.graphql(`mutation($id: ID!) { inviteClient(clientId: $id) { id invitationPending hasAccount } }`, { id: lead }, practice.owner.headers);
      expect(invited.data).toEqual({ inviteClient: { id: lead, invitationPending: true, hasAccount: false } });
      const twice = await t.graphql(`mutation($id: ID!) { inviteClient(clientId: $id) { id } }`, { id: lead }, practice.owner.headers);
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'clientId', message: 'already has an open invitation' }] });

      const message = await mail.waitFor((m) => m.to.includes(email) && m.tag === 'invitation');
      const url = new URL(message.links.find((l) => l.includes('/invitations/accept'))!);
      const accepted = await t.graphql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
        input: { practiceId: url.searchParams.get('practice'), token: url.searchParams.get('token'), name: 'Lena L.', password: 'Lantern-Tide-31-Orchard' },
      });
      expect(accepted.errors).toBeUndefined();
      expect((await t.graphql(ONE, { id: lead }, practice.owner.headers)).data).toMatchObject({ client: { id: lead, hasAccount: true, status: 'ACTIVE' } });
      const third = await t.graphql(`mutation($id: ID!) { inviteClient(clientId: $id) { id } }`, { id: lead }, practice.owner.headers);
      expect(third.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'clientId', message: 'already has an account' }] });
    });

    it('adds and invites in one operation, or neither', async () => {
      const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
      const email = uniqueEmail('both');
      const added = await t.graphql(ADD, { input: { name: 'Both', email, invite: true, coachUserId: practice.coaches[0].userId } }, practice.owner.headers);
      expect(added.data).toMatchObject({ addClient: { invitationPending: true } });
      // A member's address cannot be invited: the roster row is not kept either.
      const member = await t.graphql(ADD, { input: { name: 'Coach', email: practice.coaches[0].email, invite: true } }, practice.owner.headers);
      expect(member.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email', message: 'is already a member' }] });
      expect(await t.db.query('select 1 from client where tenant_id = $1 and email = $2', [practice.practiceId, practice.coaches[0].email])).toEqual([]);
    });
  });
});
