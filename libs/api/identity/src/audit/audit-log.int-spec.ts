import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '../index';
import { writeAuditCursor } from './audit-rules';

const AUDIT = `query($filter: AuditEventFilter, $after: String, $first: Int) {
  auditEvents(filter: $filter, after: $after, first: $first) {
    events { id action actorEmail targetEmail actorDeleted targetDeleted fromRole toRole }
    nextCursor
  }
}`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;

interface AuditEvent {
  id: string;
  action: string;
  actorEmail: string | null;
  targetEmail: string | null;
  actorDeleted: boolean;
  targetDeleted: boolean;
  fromRole: string | null;
  toRole: string | null;
}
interface AuditPage {
  auditEvents: { events: AuditEvent[]; nextCursor: string | null };
}

describe('the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  /** Entries written as the services write them, `count` of them, three to each instant so that ties are paged by id. */
  const recordEntries = (practiceId: string, count: number, action = 'SIGNED_IN') =>
    t.db.query(
      `insert into audit_event (tenant_id, action, actor_email, created_at)
       select $1, $2, 'entry-' || n || '@example.com', now() - interval '1 day' + (n / 3) * interval '1 minute'
         from generate_series(1, $3) as n`,
      [practiceId, action, count],
    );

  it('says from which role to which a member was moved, and the role a removed member had', async () => {
    const { owner, coaches, clients } = await buildPractice(t, { coaches: 1, clients: 1 });
    expect((await t.graphql(CHANGE, { input: { membershipId: coaches[0].membershipId, role: 'ADMIN' } }, owner.headers)).errors).toBeUndefined();
    expect((await t.graphql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: clients[0].membershipId }, owner.headers)).errors).toBeUndefined();

    const { data, errors } = await t.graphql<AuditPage>(AUDIT, {}, owner.headers);
    expect(errors).toBeUndefined();
    expect(data!.auditEvents.events.map(({ id: _id, ...event }) => event)).toEqual([
      { action: 'MEMBER_REMOVED', actorEmail: owner.email, targetEmail: clients[0].email, actorDeleted: false, targetDeleted: false, fromRole: 'CLIENT', toRole: null },
      { action: 'ROLE_CHANGED', actorEmail: owner.email, targetEmail: coaches[0].email, actorDeleted: false, targetDeleted: false, fromRole: 'COACH', toRole: 'ADMIN' },
    ]);
    expect(data!.auditEvents.nextCursor).toBeNull();
  });

  it('shows a deleted person as such, without their address', async () => {
    const { owner, practiceId } = await buildPractice(t);
    await t.db.query(
      `insert into audit_event (tenant_id, action, actor_deleted, target_deleted, detail) values ($1, 'MEMBER_LEFT', true, false, '{"role": "COACH"}')`,
      [practiceId],
    );
    const { data } = await t.graphql<AuditPage>(AUDIT, {}, owner.headers);
    expect(data!.auditEvents.events).toMatchObject([{ action: 'MEMBER_LEFT', actorEmail: null, actorDeleted: true, targetDeleted: false, fromRole: 'COACH', toRole: null }]);
  });

  it('filters by action and by part of either address, ignoring case and taking % and _ literally', async () => {
    const { owner, coaches, practiceId } = await buildPractice(t, { coaches: 2 });
    for (const coach of coaches) await t.graphql(CHANGE, { input: { membershipId: coach.membershipId, role: 'ADMIN' } }, owner.headers);
    await recordEntries(practiceId, 3);
    await t.db.query(`insert into audit_event (tenant_id, action, actor_email) values ($1, 'SIGNED_IN', 'odd_name%@example.com')`, [practiceId]);
    const find = async (filter: Record<string, string>) => {
      const { data, errors } = await t.graphql<AuditPage>(AUDIT, { filter }, owner.headers);
      expect(errors).toBeUndefined();
      return data!.auditEvents.events.map((e) => [e.action, e.actorEmail, e.targetEmail]);
    };

    expect(await find({ action: 'ROLE_CHANGED' })).toEqual([...coaches].reverse().map((c) => ['ROLE_CHANGED', owner.email, c.email]));
    const coach = coaches[0].email;
    expect(await find({ person: ` ${coach.split('@')[0].toUpperCase()} ` })).toEqual([['ROLE_CHANGED', owner.email, coach]]);
    expect(await find({ person: 'ENTRY-2@', action: 'SIGNED_IN' })).toEqual([['SIGNED_IN', 'entry-2@example.com', null]]);
    expect(await find({ person: owner.email, action: 'SIGNED_IN' })).toEqual([]);
    expect(await find({ person: 'odd_name%' })).toEqual([['SIGNED_IN', 'odd_name%@example.com', null]]);
    expect(await find({ person: 'entry%' })).toEqual([]);
    expect(await find({ person: 'entry_1' })).toEqual([]);
    expect(await find({ person: '   ' })).toHaveLength(coaches.length + 4);
  });

  it('pages through 120 entries, newest first, with no entry twice and none missing, even as new ones arrive', async () => {
    const { owner, practiceId } = await buildPractice(t);
    await recordEntries(practiceId, 120);
    const expected = await t.db.query<{ id: string }>(`select id from audit_event where tenant_id = $1 order by created_at desc, id desc`, [practiceId]);
    expect(expected).toHaveLength(120);

    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const { data, errors }: { data?: AuditPage | null; errors?: unknown } = await t.graphql<AuditPage>(AUDIT, { after, first: 50 }, owner.headers);
      expect(errors).toBeUndefined();
      seen.push(...data!.auditEvents.events.map((e) => e.id));
      sizes.push(data!.auditEvents.events.length);
      after = data!.auditEvents.nextCursor;
      // An entry recorded while a person pages does not push the older ones along.
      if (sizes.length === 1) await t.db.query(`insert into audit_event (tenant_id, action) values ($1, 'SIGNED_IN')`, [practiceId]);
    } while (after && sizes.length < 5);

    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(expected.map((e) => e.id));
    const { data } = await t.graphql<AuditPage>(AUDIT, {}, owner.headers);
    expect(data!.auditEvents.events).toHaveLength(50);
  });

  it('names the argument a person got wrong', async () => {
    const { owner } = await buildPractice(t);
    const problem = async (variables: Record<string, unknown>) => {
      const { data, errors } = await t.graphql(AUDIT, variables, owner.headers);
      expect(data).toBeNull();
      return errors?.[0].extensions;
    };
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = '7b0c5f2e-3d4a-4b6c-9e8f-0a1b2c3d4e5f';

    for (const after of ['not-a-cursor', cursor({ t: '2026-02-30T10:00:00.000000Z', i: id }), cursor({ t: '2026-01-01T10:00:00.000000Z', i: 'x' }), cursor([1])]) {
      expect(await problem({ after })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'is not a cursor of the audit log: start again from the first page' }] });
    }
    for (const first of [0, 201, -1]) {
      expect(await problem({ first })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be between 1 and 200' }] });
    }
    expect(await problem({ filter: { action: 'DROP_TABLE' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.action', message: 'is not an action the audit log records' }],
    });
    expect(await problem({ filter: { person: 'p'.repeat(255) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.person', message: 'must be at most 254 characters' }],
    });
    const fine = await t.graphql(AUDIT, { after: writeAuditCursor({ at: '2026-01-01T10:00:00.000000Z', id }), first: 200 }, owner.headers);
    expect(fine.errors).toBeUndefined();
  });

  it('lists the actions its filter accepts, and is for owners and admins only', async () => {
    const { owner, admins, coaches } = await buildPractice(t, { admins: 1, coaches: 1 });
    const { data } = await t.graphql<{ auditActions: string[] }>(`{ auditActions }`, {}, owner.headers);
    expect(data!.auditActions).toEqual(expect.arrayContaining(['ROLE_CHANGED', 'MEMBER_LEFT', 'ACCOUNT_DELETED', 'SIGN_IN_FAILED']));
    expect((await t.graphql(AUDIT, {}, admins[0].headers)).errors).toBeUndefined();
    for (const query of [AUDIT, `{ auditActions }`]) {
      expect((await t.graphql(query, {}, coaches[0].headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
