import type { Role } from '@ascend/web/data-access';

export const ROLES: readonly Role[] = ['OWNER', 'ADMIN', 'COACH', 'CLIENT'];

/**
 * Which roles may use what, on the web side. The API enforces the same rules; these only decide what to show,
 * so nobody is offered a page or a button that would be refused.
 */
export const permissions = {
  viewTeam: ['OWNER', 'ADMIN', 'COACH'],
  manageInvitations: ['OWNER', 'ADMIN'],
  manageMembers: ['OWNER'],
  viewAudit: ['OWNER', 'ADMIN'],
  coachClients: ['OWNER', 'ADMIN', 'COACH'],
  inviteClients: ['OWNER', 'ADMIN', 'COACH'],
  manageClientPrivacy: ['OWNER', 'ADMIN'],
  useClientPortal: ['CLIENT'],
  publishContent: ['OWNER', 'ADMIN', 'COACH'],
  editPublicSite: ['OWNER', 'ADMIN'],
  manageBilling: ['OWNER', 'ADMIN'],
  viewOfferings: ['OWNER', 'ADMIN', 'COACH'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function allows(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** Only an owner may hand out ownership; admins invite everyone else. */
export function invitableRoles(role: Role): Role[] {
  return role === 'OWNER' ? ['COACH', 'CLIENT', 'ADMIN', 'OWNER'] : ['COACH', 'CLIENT', 'ADMIN'];
}

export const roleNames: Record<Role, string> = { OWNER: 'Owner', ADMIN: 'Admin', COACH: 'Coach', CLIENT: 'Client' };

const rolePlurals: Record<Role, string> = { OWNER: 'owners', ADMIN: 'admins', COACH: 'coaches', CLIENT: 'clients' };

/** "owners, admins and coaches" */
export function rolesInWords(roles: readonly Role[]): string {
  const plural = roles.map((role) => rolePlurals[role]);
  return plural.length > 1 ? `${plural.slice(0, -1).join(', ')} and ${plural[plural.length - 1]}` : (plural[0] ?? '');
}
