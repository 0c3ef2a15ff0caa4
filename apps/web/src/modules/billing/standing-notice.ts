import type { PracticeStanding } from './use-practice-standing';

const TRIAL_NOTICE_MS = 7 * 24 * 60 * 60 * 1000;

export type StandingNotice =
  | { kind: 'suspended'; reason: string | null }
  | { kind: 'read-only' }
  | { kind: 'payment-failed'; graceEndsAt: string | null }
  | { kind: 'trial-ending'; trialEndsAt: string };

/** The one banner a practice's standing calls for, most serious first; null when it is in good standing. */
export function standingNotice(standing: PracticeStanding, now: Date): StandingNotice | null {
  if (standing.suspended) return { kind: 'suspended', reason: standing.suspendedReason };
  if (standing.readOnly) return { kind: 'read-only' };
  if (standing.status === 'PAST_DUE' || standing.status === 'UNPAID') return { kind: 'payment-failed', graceEndsAt: standing.graceEndsAt };
  if (standing.status === 'TRIALING' && standing.trialEndsAt) {
    const left = new Date(standing.trialEndsAt).getTime() - now.getTime();
    if (left > 0 && left <= TRIAL_NOTICE_MS) return { kind: 'trial-ending', trialEndsAt: standing.trialEndsAt };
  }
  return null;
}
