import type { Role } from '@ascend/web/data-access';

/**
 * While the person types, the confirmation speaks up once it can no longer become the new password by typing on;
 * once they tried to send the form (`strict`), whenever it differs.
 */
export function confirmationProblem(newPassword: string, confirmation: string, strict: boolean): string | undefined {
  if (!confirmation) return undefined;
  const differs = strict ? confirmation !== newPassword : !newPassword.startsWith(confirmation);
  return differs ? 'Does not match the new password' : undefined;
}

/** What a member loses on leaving a practice, by the role they had there. */
export const accessLostByRole: Record<Role, string> = {
  OWNER: 'its clients, team, public site and billing',
  ADMIN: 'its clients, team, public site and billing',
  COACH: 'your clients there, their notes, check-ins and masterclasses',
  CLIENT: 'your coaching there, with its check-ins, action items and history',
};
