import type { InvitationStatus, Role } from '@ascend/web/data-access';

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
  return listInWords(roles.map((role) => rolePlurals[role]));
}

/** "an admin", "a coach": a role inside a sentence ("Tom becomes an admin"). */
export const roleWithArticle: Record<Role, string> = { OWNER: 'an owner', ADMIN: 'an admin', COACH: 'a coach', CLIENT: 'a client' };

/** "Invited as a coach" */
export function invitedAs(role: Role): string {
  return `Invited as ${roleWithArticle[role]}`;
}

/** Where an invitation stands, as the person who sent it thinks of it. */
export const invitationStatusNames: Record<InvitationStatus, string> = {
  PENDING: 'Waiting for a reply',
  ACCEPTED: 'Joined',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

/** What each permission lets a person do, in words that follow "they will be able to". */
const abilityWords: Record<Permission, string> = {
  manageMembers: 'change roles and remove members',
  manageInvitations: 'invite people to the team',
  manageBilling: 'manage billing and sales',
  editPublicSite: 'edit the public site',
  viewAudit: 'read the audit log',
  manageClientPrivacy: "export or erase a client's data",
  viewTeam: 'see the team',
  coachClients: 'coach clients and run masterclasses',
  inviteClients: 'invite clients to their portal',
  publishContent: 'publish articles and newsletters',
  viewOfferings: 'see the coaching packages on sale',
  useClientPortal: 'use the client portal',
};

/** What a role may do, in words, most far-reaching first. */
export function abilitiesOf(role: Role): string[] {
  return (Object.keys(abilityWords) as Permission[]).filter((permission) => allows(role, permission)).map((permission) => abilityWords[permission]);
}

/** What a person gains and loses, in words, when their role changes from `from` to `to`. */
export function roleChangeInWords(from: Role, to: Role): { gains: string[]; losses: string[] } {
  const before = abilitiesOf(from);
  const after = abilitiesOf(to);
  return { gains: after.filter((words) => !before.includes(words)), losses: before.filter((words) => !after.includes(words)) };
}

/** "a, b and c" (or "a, b or c"). */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}` : (items[0] ?? '');
}
