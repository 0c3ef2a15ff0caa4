import type { MasterclassStatus } from '../masterclasses/masterclass.models';
import type { RegistrationStatus } from '../registrations/registration.models';
import type { RegistrationMailKind } from '../shared/registration-mail-queue';

/** What a registrant's mail depends on, as it stands when the mail is about to go. */
export interface MailState {
  /** The practice is suspended by an operator: Ascend sends nothing on its behalf. */
  practiceSuspended: boolean;
  registrationStatus: RegistrationStatus;
  masterclassStatus: MasterclassStatus;
  startsAt: Date;
  holdExpiresAt: Date | null;
  replayUrl: string;
}

const HOUR = 3_600_000;

/**
 * Whether a mail still says something true when its job runs: the registration or the masterclass may have
 * changed since it was queued (cancelled, promoted, paid, moved), or its practice suspended. A mail that no
 * longer applies is not sent.
 */
export function mailApplies(kind: RegistrationMailKind, state: MailState, now: Date): boolean {
  const { registrationStatus: registration, masterclassStatus: masterclass } = state;
  // Dropped rather than delayed: a reminder or a confirmation that arrives after a reactivation would be stale.
  if (state.practiceSuspended) return false;
  // What tells of a cancellation goes to a cancelled registration; nothing else does.
  if (kind === 'CANCELLED') return registration === 'CANCELLED';
  if (kind === 'HOLD_EXPIRED') return registration === 'CANCELLED';
  if (kind === 'MASTERCLASS_CANCELLED') return masterclass === 'CANCELLED';
  if (registration === 'CANCELLED' || masterclass === 'CANCELLED') return false;

  const ahead = state.startsAt.getTime() - now.getTime();
  switch (kind) {
    case 'CONFIRMED':
    case 'PROMOTED':
      return registration === 'CONFIRMED';
    case 'WAITLISTED':
      return registration === 'WAITLISTED';
    case 'PAYMENT_HOLD':
      return registration === 'PENDING_PAYMENT' && state.holdExpiresAt !== null && state.holdExpiresAt.getTime() > now.getTime();
    case 'MASTERCLASS_UPDATED':
      return registration === 'CONFIRMED' || registration === 'PENDING_PAYMENT';
    // A reminder that comes too late says nothing: the 24-hour one is dropped once the 1-hour one is due.
    case 'REMINDER_24H':
      return registration === 'CONFIRMED' && masterclass === 'PUBLISHED' && ahead > HOUR;
    case 'REMINDER_1H':
      return registration === 'CONFIRMED' && masterclass === 'PUBLISHED' && ahead > 0;
    case 'REPLAY':
      return registration === 'CONFIRMED' && state.replayUrl.trim() !== '';
  }
}
