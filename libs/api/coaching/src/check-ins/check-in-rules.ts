import type { FieldProblem } from '@ascend/platform/graphql';
import {
  addWeeks,
  checkInDate,
  checkInWeekProblem,
  instantAt,
  addDays,
  type IsoDate,
  reminderAt,
  streakWeeks,
  weekStartAt,
  weeksBetween,
} from '../weeks/week-rules';

/** The numbers a check-in carries, and where the week it names stands at `now` on the client's clock. */
export interface CheckInSubmission {
  weekStart: IsoDate;
  progress: number;
  energy: number;
}

const whole = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/**
 * Everything wrong with a submitted check-in, each problem naming its field: progress 0-10 and energy 1-5 as whole
 * numbers, a week the client may check in for (this week, or last week late), and never a change to a check-in of
 * a week that has closed (`existing`: the week already has one).
 */
export function checkInProblems(submission: CheckInSubmission, context: { now: Date; timeZone: string; existing: boolean }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!whole(submission.progress, 0, 10)) problems.push({ field: 'input.progress', message: 'must be a whole number from 0 to 10' });
  if (!whole(submission.energy, 1, 5)) problems.push({ field: 'input.energy', message: 'must be a whole number from 1 to 5' });
  const week = checkInWeekProblem(submission.weekStart, context.now, context.timeZone);
  if (week) problems.push({ field: 'input.weekStart', message: week });
  else if (context.existing && weekHasClosed(submission.weekStart, context.now, context.timeZone)) {
    problems.push({ field: 'input.weekStart', message: 'has closed: its check-in can no longer be changed' });
  }
  return problems;
}

/** A week closes when the next one begins on the client's clock; until then its check-in may be edited. */
export function weekHasClosed(weekStart: IsoDate, now: Date, timeZone: string): boolean {
  return weeksBetween(weekStart, weekStartAt(now, timeZone)) > 0;
}

/** The streak once `week` has its check-in: consecutive weeks ending at the newest, and the longest ever. */
export function streakAfter(weeks: readonly IsoDate[], week: IsoDate, longest: number): { streakWeeks: number; longestStreakWeeks: number } {
  const all = [...weeks, week];
  const newest = all.reduce((a, b) => (b > a ? b : a));
  const streak = streakWeeks(all, newest);
  return { streakWeeks: streak, longestStreakWeeks: Math.max(longest, streak) };
}

/** The streak as it stands now: the stored run counts while it reaches this week or last week (still open to fill). */
export function liveStreak(stored: number, lastCheckInWeek: IsoDate | null, currentWeek: IsoDate): number {
  return lastCheckInWeek && weeksBetween(lastCheckInWeek, currentWeek) <= 1 ? stored : 0;
}

export type WeekStatus = 'DONE' | 'UPCOMING' | 'DUE' | 'LATE';

/** This week's state for the client: DONE with its check-in; else UPCOMING before the check-in day, DUE on it, LATE after it. */
export function weekStatus(weekStart: IsoDate, checkInDay: number, timeZone: string, now: Date, checkedIn: boolean): WeekStatus {
  if (checkedIn) return 'DONE';
  const day = checkInDate(weekStart, checkInDay);
  if (now < instantAt(day, 0, timeZone)) return 'UPCOMING';
  return now < instantAt(addDays(day, 1), 0, timeZone) ? 'DUE' : 'LATE';
}

/**
 * The first week a client owes a check-in: the week accountability was set up in, unless that week's reminder
 * time had already passed, in which case the next one. Null before it is set up.
 */
export function firstOwedWeek(accountabilitySetAt: Date | null, checkInDay: number, timeZone: string): IsoDate | null {
  if (!accountabilitySetAt) return null;
  const week = weekStartAt(accountabilitySetAt, timeZone);
  return accountabilitySetAt < reminderAt(week, checkInDay, timeZone) ? week : addWeeks(week, 1);
}
