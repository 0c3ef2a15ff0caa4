import type { Role } from '@ascend/platform/tenancy';
import type { InvitationStatus } from './team.models';

export const INVITATION_DAYS = 7;

export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

/** Admins run the team but cannot hand out ownership; only owners can. Coaches invite their own clients. */
export function mayInvite(inviter: Role, invited: Role): boolean {
  if (inviter === 'OWNER') return true;
  if (inviter === 'COACH') return invited === 'CLIENT';
  return inviter === 'ADMIN' && invited !== 'OWNER';
}

/** A practice always keeps at least one owner: the last one can be neither demoted nor removed. */
export function leavesAnOwner(owners: number, target: Role, newRole: Role | null): boolean {
  return target !== 'OWNER' || newRole === 'OWNER' || owners > 1;
}
