import { firstOwedWeek } from './check-in-rules';
import { addWeeks, instantAt, type IsoDate, missedWeeks, REMINDER_HOUR, reminderAt, weekStartAt } from '../weeks/week-rules';

export const ALERT_KINDS = ['REMINDER', 'NUDGE', 'ESCALATION'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What the alert rules need to know about a client. */
export interface AlertSubject {
  status: string;
  timeZone: string;
  checkInDay: number;
  accountabilitySetAt: Date | null;
  /** The newest week with a check-in. */
  lastCheckInWeek: IsoDate | null;
}

/**
 * Which mails a client is due at `now`, for the current week on their clock (the week the ledger files them under):
 * a REMINDER from 9:00 on their check-in day while this week has no check-in; and from 9:00 on Monday, once the
 * last closed week went without one, a NUDGE to the client after one missed week or an ESCALATION to the coach
 * after two or more. Only active clients who have set up their accountability are written to.
 */
export function alertsDue(client: AlertSubject, now: Date): { weekStart: IsoDate; kinds: AlertKind[]; missedWeeks: number } {
  const weekStart = weekStartAt(now, client.timeZone);
  const firstWeek = firstOwedWeek(client.accountabilitySetAt, client.checkInDay, client.timeZone);
  const checkedIn = client.lastCheckInWeek !== null && client.lastCheckInWeek >= weekStart;
  if (client.status !== 'ACTIVE' || !firstWeek || firstWeek > weekStart || checkedIn) return { weekStart, kinds: [], missedWeeks: 0 };

  // Check-ins from before accountability was (last) set up do not shorten the count.
  const last = client.lastCheckInWeek && client.lastCheckInWeek >= addWeeks(firstWeek, -1) ? client.lastCheckInWeek : null;
  const missed = missedWeeks(last, firstWeek, weekStart);
  const kinds: AlertKind[] = [];
  if (now >= reminderAt(weekStart, client.checkInDay, client.timeZone)) kinds.push('REMINDER');
  if (now >= instantAt(weekStart, REMINDER_HOUR, client.timeZone)) {
    if (missed === 1) kinds.push('NUDGE');
    if (missed >= 2) kinds.push('ESCALATION');
  }
  return { weekStart, kinds, missedWeeks: missed };
}
