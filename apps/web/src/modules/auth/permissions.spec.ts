import {
  abilitiesOf,
  allows,
  invitableRoles,
  invitationStatusNames,
  invitedAs,
  listInWords,
  ROLES,
  roleChangeInWords,
  roleNames,
  rolesInWords,
  roleWithArticle,
} from './permissions';

describe('permissions', () => {
  it('lets owners, admins and coaches see the team, and only owners and admins the audit log', () => {
    expect(ROLES).toEqual(['OWNER', 'ADMIN', 'COACH', 'CLIENT']);
    expect(ROLES.map((role) => allows(role, 'viewTeam'))).toEqual([true, true, true, false]);
    expect(ROLES.map((role) => allows(role, 'viewAudit'))).toEqual([true, true, false, false]);
  });

  it('lets only owners hand out ownership', () => {
    expect(invitableRoles('OWNER')).toContain('OWNER');
    expect(invitableRoles('ADMIN')).not.toContain('OWNER');
  });

  it('names roles in a sentence', () => {
    expect(rolesInWords(['OWNER', 'ADMIN', 'COACH'])).toBe('owners, admins and coaches');
    expect(rolesInWords(['OWNER'])).toBe('owners');
    expect(ROLES.map((role) => roleNames[role])).toEqual(['Owner', 'Admin', 'Coach', 'Client']);
    expect(ROLES.map((role) => roleWithArticle[role])).toEqual(['an owner', 'an admin', 'a coach', 'a client']);
    expect(invitedAs('COACH')).toBe('Invited as a coach');
  });

  it('names where an invitation stands without the API’s codes', () => {
    expect(invitationStatusNames).toEqual({ PENDING: 'Waiting for a reply', ACCEPTED: 'Joined', EXPIRED: 'Expired', REVOKED: 'Revoked' });
  });

  it('says what each role may do', () => {
    expect(abilitiesOf('CLIENT')).toEqual(['use the client portal']);
    expect(abilitiesOf('OWNER')[0]).toBe('change roles and remove members');
    expect(abilitiesOf('ADMIN')).not.toContain('change roles and remove members');
    expect(abilitiesOf('COACH')).toEqual(expect.arrayContaining(['see the team', 'coach clients and run masterclasses']));
  });

  it('says what a role change gives and takes away', () => {
    const promoted = roleChangeInWords('COACH', 'ADMIN');
    expect(promoted.gains).toEqual(['invite people to the team', 'manage billing and sales', 'edit the public site', 'read the audit log', "export or erase a client's data"]);
    expect(promoted.losses).toEqual([]);

    const demoted = roleChangeInWords('OWNER', 'ADMIN');
    expect(demoted).toEqual({ gains: [], losses: ['change roles and remove members'] });

    const client = roleChangeInWords('COACH', 'CLIENT');
    expect(client.gains).toEqual(['use the client portal']);
    expect(client.losses).toContain('coach clients and run masterclasses');
  });

  it('lists with "and" or "or"', () => {
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listInWords(['a', 'b'], 'or')).toBe('a or b');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords([])).toBe('');
  });
});
