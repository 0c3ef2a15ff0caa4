import { allows, invitableRoles, ROLES, rolesInWords } from './permissions';

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
  });
});
