import type { Role } from '@ascend/web/data-access';
import { roleNames, roleWithArticle } from '../auth/permissions';
import { describeAction } from './audit-actions';

/** What a sentence needs of an audit entry. */
export interface AuditFacts {
  action: string;
  actorEmail: string | null;
  targetEmail: string | null;
  actorDeleted: boolean;
  targetDeleted: boolean;
  fromRole: Role | null;
  toRole: Role | null;
}

/** A deleted account keeps no address in the log; an entry without an actor was made by Ascend itself. */
function actorOf(event: AuditFacts): string {
  return event.actorDeleted ? 'a deleted person' : (event.actorEmail ?? 'Ascend');
}

function targetOf(event: AuditFacts): string {
  return event.targetDeleted ? 'a deleted person' : (event.targetEmail ?? 'someone');
}

/** Who left: the person themselves, recorded as the actor, or as the target when someone else's action made them go. */
function leaverOf(event: AuditFacts): string {
  return event.actorDeleted || event.actorEmail ? actorOf(event) : targetOf(event);
}

/** ", a coach," inside a sentence, or nothing when the role was not recorded. */
function aside(role: Role | null): string {
  return role ? `, ${roleWithArticle[role]},` : '';
}

function roleChange(event: AuditFacts): string {
  if (event.fromRole && event.toRole) return ` from ${roleNames[event.fromRole]} to ${roleNames[event.toRole]}`;
  return event.toRole ? ` to ${roleNames[event.toRole]}` : '';
}

function words(event: AuditFacts): string {
  const actor = actorOf(event);
  const target = targetOf(event);
  const as = event.toRole ? ` as ${roleWithArticle[event.toRole]}` : '';
  switch (event.action) {
    case 'PRACTICE_CREATED':
      return `${actor} started the practice`;
    case 'SIGNED_IN':
      return `${actor} signed in`;
    case 'SIGN_IN_FAILED':
      return `a sign-in as ${actor} failed`;
    case 'PASSWORD_CHANGED':
      return `${actor} changed their password`;
    case 'PASSWORD_RESET':
      return `${actor} set a new password through a reset link sent by email`;
    case 'EMAIL_CHANGED':
      // The entry keeps only the new address: the old one would outlive a deleted account.
      return `${actor} changed their sign-in address${event.actorDeleted ? '' : ' (this is the new one)'}`;
    case 'MEMBER_INVITED':
      return `${actor} invited ${target}${as}`;
    case 'INVITATION_REVOKED':
      return `${actor} revoked the invitation to ${target}`;
    case 'INVITATION_ACCEPTED':
      return `${actor} joined the practice${as}`;
    case 'ROLE_CHANGED':
      return `${actor} changed ${target}'s role${roleChange(event)}`;
    case 'MEMBER_REMOVED':
      return `${actor} removed ${target}${aside(event.fromRole)} from the practice`;
    case 'MEMBER_LEFT':
      return `${leaverOf(event)}${aside(event.fromRole)} left the practice`;
    case 'ACCOUNT_DELETED':
      return `${leaverOf(event)} left the practice: their account was deleted`;
    case 'CLIENT_DATA_EXPORTED':
      return `${actor} exported ${event.targetEmail || event.targetDeleted ? `${target}'s` : "a client's"} data`;
    case 'CLIENT_ERASED':
      return `${actor} erased a client and their data`;
    case 'PRACTICE_PROFILE_UPDATED':
      return `${actor} updated the public profile`;
    case 'CLIENT_ADMITTED':
      return `${target} became a client`;
    default:
      return `${describeAction(event.action)} by ${actor}${event.targetEmail || event.targetDeleted ? `, concerning ${target}` : ''}`;
  }
}

/**
 * An audit entry as a sentence: who did what to whom ("ada@example.com changed jonas@example.com's role from Coach
 * to Admin"). Addresses keep their case; words that start the sentence get a capital.
 */
export function auditSentence(event: AuditFacts): string {
  const sentence = words(event);
  return /^[^\s@]+\s/.test(sentence) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
}
