import type { FieldProblem } from '@ascend/platform/graphql';
import { addDays, type IsoDate } from '../weeks/week-rules';

/** How far ahead the one bold goal may reach: a year from the day it was set. */
export const GOAL_MONTHS = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written 'YYYY-MM-DD' (no 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The same day `months` later, or the month's last day when it has no such day (31 January + 1 month: 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const monthIndex = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, monthIndex, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * Why a goal's target date is refused, or null: it may not lie in the past (on the client's clock, `today`) nor
 * more than {@link GOAL_MONTHS} months after the day the goal was set (`setOn`: today for a new goal).
 */
export function targetDateProblem(targetDate: IsoDate, today: IsoDate, setOn: IsoDate = today): string | null {
  if (targetDate < today) return 'must not be in the past';
  const latest = addMonths(setOn, GOAL_MONTHS);
  if (targetDate > latest) return `must be at most ${GOAL_MONTHS} months after the goal was set (${latest} at the latest)`;
  return null;
}

/** Milestones lie on the way to the goal: between the day it was set and its target date. */
export function milestoneProblems(milestones: readonly { dueOn: IsoDate }[], setOn: IsoDate, targetDate: IsoDate, field = 'input.milestones'): FieldProblem[] {
  return milestones.flatMap(({ dueOn }, index) => {
    if (dueOn < setOn) return [{ field: `${field}.${index}.dueOn`, message: 'must not be before the goal was set' }];
    if (dueOn > targetDate) return [{ field: `${field}.${index}.dueOn`, message: "must not be after the goal's target date" }];
    return [];
  });
}

/** A decision is a commitment already made: its date is today or earlier, but not before the dawn of the method. */
export function decidedOnProblem(decidedOn: IsoDate, today: IsoDate): string | null {
  if (decidedOn > today) return 'must not be in the future';
  if (decidedOn < addDays(today, -3660)) return 'must be within the last ten years';
  return null;
}
