import { InvalidInputError } from '@ascend/platform/graphql';
import { AUDIT_ACTIONS, auditPageSize, isAuditAction, personPattern, readAuditCursor, roleChangeOf, writeAuditCursor } from './audit-rules';

const problemOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.fields;
    throw error;
  }
  return undefined;
};

describe('the roles an entry is about', () => {
  it.each([
    ['ROLE_CHANGED', { from: 'COACH', to: 'ADMIN' }, { fromRole: 'COACH', toRole: 'ADMIN' }],
    ['MEMBER_INVITED', { role: 'CLIENT' }, { fromRole: null, toRole: 'CLIENT' }],
    ['INVITATION_ACCEPTED', { role: 'OWNER' }, { fromRole: null, toRole: 'OWNER' }],
    ['MEMBER_REMOVED', { role: 'COACH' }, { fromRole: 'COACH', toRole: null }],
    ['MEMBER_LEFT', { role: 'ADMIN' }, { fromRole: 'ADMIN', toRole: null }],
    ['ACCOUNT_DELETED', { role: 'OWNER' }, { fromRole: 'OWNER', toRole: null }],
    ['SIGNED_IN', { role: 'OWNER', from: 'COACH', to: 'ADMIN' }, { fromRole: null, toRole: null }],
    ['CLIENT_ADMITTED', { packageId: 'x' }, { fromRole: null, toRole: null }],
  ])('%s with %j', (action, detail, roles) => {
    expect(roleChangeOf(action, detail)).toEqual(roles);
  });

  it('reads anything that is not a role today as unknown', () => {
    expect(roleChangeOf('ROLE_CHANGED', { from: 'coach', to: 'SUPERUSER' })).toEqual({ fromRole: null, toRole: null });
    expect(roleChangeOf('ROLE_CHANGED', { from: 'COACH' })).toEqual({ fromRole: 'COACH', toRole: null });
    expect(roleChangeOf('MEMBER_INVITED', { role: 7 })).toEqual({ fromRole: null, toRole: null });
    for (const detail of [null, undefined, 'OWNER', ['OWNER'], {}]) expect(roleChangeOf('MEMBER_REMOVED', detail)).toEqual({ fromRole: null, toRole: null });
  });
});

describe('actions', () => {
  it('knows each action once, and nothing else', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(AUDIT_ACTIONS.every(isAuditAction)).toBe(true);
    for (const value of ['role_changed', 'DROP_TABLE', '', null, 3]) expect(isAuditAction(value)).toBe(false);
  });
});

describe('page size', () => {
  it('is 50 unless asked, and 1 to 200 when asked', () => {
    expect(auditPageSize(undefined)).toBe(50);
    expect(auditPageSize(null)).toBe(50);
    expect(auditPageSize(1)).toBe(1);
    expect(auditPageSize(200)).toBe(200);
    for (const first of [0, 201, -5, 2.5]) expect(problemOf(() => auditPageSize(first))).toEqual([{ field: 'first', message: 'must be between 1 and 200' }]);
  });
});

describe('cursor', () => {
  const cursor = { at: '2026-11-21T09:30:15.123456Z', id: '7b0c5f2e-3d4a-4b6c-9e8f-0a1b2c3d4e5f' };
  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('reads back what it wrote, to the microsecond', () => {
    expect(readAuditCursor(writeAuditCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['empty', ''],
    ['JSON null', encoded(null)],
    ['a list', encoded([cursor.at, cursor.id])],
    ['without its id', encoded({ t: cursor.at })],
    ['an id that is not a UUID', encoded({ t: cursor.at, i: '42' })],
    ['a time in another form', encoded({ t: '2026-11-21 09:30:15+00', i: cursor.id })],
    ['a day not on the calendar', encoded({ t: '2026-02-30T09:30:15.123456Z', i: cursor.id })],
    ['an hour that does not exist', encoded({ t: '2026-02-03T25:30:15.123456Z', i: cursor.id })],
  ])('refuses %s, naming `after`', (_case, after) => {
    expect(problemOf(() => readAuditCursor(after))).toEqual([{ field: 'after', message: 'is not a cursor of the audit log: start again from the first page' }]);
  });
});

describe('person filter', () => {
  it('matches part of an address, lower case, with LIKE wildcards taken literally', () => {
    expect(personPattern('  Coach@Example ')).toBe('%coach@example%');
    expect(personPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });

  it('is no filter when nothing is typed', () => {
    for (const person of [undefined, null, '', '   ']) expect(personPattern(person)).toBeUndefined();
  });
});
