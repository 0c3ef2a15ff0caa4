import type { Role } from '@ascend/web/data-access';
import { abilitiesOf, listInWords, roleChangeInWords, roleNames, roleWithArticle } from '../auth/permissions';

/** What a confirmation dialog asks: its title, what will happen in words, and the button that makes it happen. */
export interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  /** Whether someone loses something: the button then says so in red. */
  takesAway: boolean;
}

/** One member of the team, as a sentence needs them: "Tom Reyes", or "you" when it is the person reading. */
export interface Someone {
  name: string;
  isYou: boolean;
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Tom Reyes becomes an admin: they will be able to … They will no longer be able to …" */
export function roleChangeConfirmation(person: Someone, from: Role, to: Role): Confirmation {
  const { gains, losses } = roleChangeInWords(from, to);
  const they = person.isYou ? 'you' : 'they';
  const becomes = person.isYou ? `You become ${roleWithArticle[to]}` : `${person.name} becomes ${roleWithArticle[to]}`;
  const gained = gains.length > 0 ? `: ${they} will be able to ${listInWords(gains)}.` : '.';
  const lost =
    losses.length > 0
      ? ` ${capitalised(they)} will no longer be able to ${listInWords(losses, 'or')}.`
      : ` ${capitalised(they)} keep everything else ${they} could do.`;
  // Owners alone hand out ownership, so stepping down cannot be undone by the one who does it.
  const undo = person.isYou && from === 'OWNER' ? ' Only another owner can make you an owner again.' : '';
  return {
    title: person.isYou ? `Change your own role to ${roleNames[to].toLowerCase()}?` : `Change the role of ${person.name}?`,
    body: `${becomes}${gained}${lost}${undo}`,
    confirmLabel: person.isYou ? `Become ${roleWithArticle[to]}` : `Make them ${roleWithArticle[to]}`,
    takesAway: losses.length > 0,
  };
}

export function removalConfirmation(member: { name: string; email: string; role: Role }, practiceName: string): Confirmation {
  return {
    title: `Remove ${member.name}?`,
    body:
      `${member.name} (${member.email}) loses access to ${practiceName} at once: they will no longer be able to ` +
      `${listInWords(abilitiesOf(member.role), 'or')}. You can invite them again later.`,
    confirmLabel: 'Remove from the practice',
    takesAway: true,
  };
}

export function revocationConfirmation(email: string): Confirmation {
  return {
    title: `Revoke the invitation to ${email}?`,
    body: 'The link in their mail stops working at once; you can invite them again later.',
    confirmLabel: 'Revoke the invitation',
    takesAway: true,
  };
}

/** What the section says once a change is made. */
export const doneMessages = {
  roleChanged: (person: Someone, role: Role) => ({
    title: 'Role changed',
    message: person.isYou ? `You are now ${roleWithArticle[role]}.` : `${person.name} is now ${roleWithArticle[role]}.`,
  }),
  memberRemoved: (name: string, practiceName: string) => ({ title: 'Member removed', message: `${name} no longer has access to ${practiceName}.` }),
  invitationSent: (email: string, role: Role, practiceName: string) => ({
    title: 'Invitation sent',
    message: `We mailed ${email} a link to join ${practiceName} as ${roleWithArticle[role]}. It works for 7 days.`,
  }),
  invitationResent: (email: string) => ({ title: 'Invitation sent again', message: `We mailed ${email} a new link; the earlier one no longer works.` }),
  invitationRevoked: (email: string) => ({ title: 'Invitation revoked', message: `The link we mailed ${email} no longer works.` }),
};
