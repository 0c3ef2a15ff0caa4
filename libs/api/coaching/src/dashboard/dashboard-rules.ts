import { addDays, addWeeks, IsoDate, missedWeeks, weeksBetween } from '../weeks/week-rules';

/** How many weeks the dashboard's sparkline shows: the current week and the eleven before it. */
export const SPARKLINE_WEEKS = 12;
/** An unacknowledged check-in older than this gets the coach's attention. */
export const ACKNOWLEDGE_WITHIN_DAYS = 3;
/** A goal whose target date is this close (or past) is flagged. */
export const GOAL_DUE_WITHIN_DAYS = 30;
/** Falls in a row, week on week, that flag a falling trend. */
export const FALLS_IN_A_ROW = 3;

export const CLIENT_FLAGS = ['MISSED_TWO_WEEKS', 'PROGRESS_FALLING', 'UNACKNOWLEDGED', 'NEW_CHECK_IN', 'GOAL_DUE_SOON'] as const;
export type ClientFlag = (typeof CLIENT_FLAGS)[number];

/**
 * How much each warning sign weighs in the urgency score: a client going silent matters most, then a falling
 * trend, then a coach who owes a reply; a new check-in alone is a nudge, not an alarm.
 */
export const FLAG_WEIGHTS: Record<ClientFlag, number> = {
  MISSED_TWO_WEEKS: 40,
  PROGRESS_FALLING: 30,
  UNACKNOWLEDGED: 20,
  GOAL_DUE_SOON: 10,
  NEW_CHECK_IN: 5,
};

/** Each week missed beyond the second adds this much, so a client silent for six weeks outranks one silent for two. */
export const EXTRA_MISSED_WEEK_WEIGHT = 5;

export interface WeekPoint {
  weekStart: IsoDate;
  progress: number | null;
  energy: number | null;
}

/** The Mondays of the last {@link SPARKLINE_WEEKS} weeks, oldest first, ending with the current one. */
export function sparklineWeeks(currentWeek: IsoDate): IsoDate[] {
  return Array.from({ length: SPARKLINE_WEEKS }, (_, i) => addWeeks(currentWeek, i - (SPARKLINE_WEEKS - 1)));
}

/** One point per week of `weeks` (see {@link sparklineWeeks}); missed weeks hold nulls. */
export function sparkline(checkIns: readonly { weekStart: IsoDate; progress: number; energy: number }[], weeks: readonly IsoDate[]): WeekPoint[] {
  const byWeek = new Map(checkIns.map((c) => [c.weekStart, c]));
  return weeks.map((weekStart) => {
    const found = byWeek.get(weekStart);
    return { weekStart, progress: found?.progress ?? null, energy: found?.energy ?? null };
  });
}

/** Progress fell {@link FALLS_IN_A_ROW} times in a row over the latest check-ins (missed weeks are skipped over). */
export function progressFalling(points: readonly WeekPoint[]): boolean {
  let falls = 0;
  let later: number | null = null;
  // From the latest week back: each earlier check-in must be higher than the one after it.
  for (let i = points.length - 1; i >= 0 && falls < FALLS_IN_A_ROW; i--) {
    const progress = points[i].progress;
    if (progress === null) continue;
    if (later !== null) {
      if (progress <= later) return false;
      falls += 1;
    }
    later = progress;
  }
  return falls === FALLS_IN_A_ROW;
}

/**
 * A streak is kept on the client row when a check-in arrives; it is only still running while its last week is
 * this week or last week (this week's check-in may not be due yet).
 */
export function currentStreak(streakWeeks: number, lastCheckInWeek: IsoDate | null, currentWeek: IsoDate): number {
  if (!lastCheckInWeek) return 0;
  return weeksBetween(lastCheckInWeek, currentWeek) <= 1 ? streakWeeks : 0;
}

export interface FlagFacts {
  currentWeek: IsoDate;
  /** The client's local date today. */
  today: IsoDate;
  now: Date;
  lastCheckInWeek: IsoDate | null;
  /** The week the client's weekly accountability began, or null when it has not been set up. */
  accountabilityWeek: IsoDate | null;
  oldestUnacknowledgedAt: Date | null;
  goalTargetDate: IsoDate | null;
  weeks: readonly WeekPoint[];
}

/** Whole closed weeks without a check-in; a client who never set up accountability and never checked in owes none. */
export function weeksMissed(facts: Pick<FlagFacts, 'lastCheckInWeek' | 'accountabilityWeek' | 'currentWeek'>): number {
  const since = facts.accountabilityWeek ?? facts.lastCheckInWeek;
  return since ? missedWeeks(facts.lastCheckInWeek, since, facts.currentWeek) : 0;
}

/** The warning signs for one client, in the order of {@link CLIENT_FLAGS}; `missed` is {@link weeksMissed} of the facts. */
export function clientFlags(facts: FlagFacts, missed = weeksMissed(facts)): ClientFlag[] {
  const flags: ClientFlag[] = [];
  if (missed >= 2) flags.push('MISSED_TWO_WEEKS');
  if (progressFalling(facts.weeks)) flags.push('PROGRESS_FALLING');
  const unacknowledged = facts.oldestUnacknowledgedAt;
  if (unacknowledged && facts.now.getTime() - unacknowledged.getTime() > ACKNOWLEDGE_WITHIN_DAYS * 86_400_000) flags.push('UNACKNOWLEDGED');
  if (unacknowledged) flags.push('NEW_CHECK_IN');
  if (facts.goalTargetDate && facts.goalTargetDate <= addDays(facts.today, GOAL_DUE_WITHIN_DAYS)) flags.push('GOAL_DUE_SOON');
  return flags;
}

/** The urgency score: the flags' weights, and more for every week of silence beyond two. */
export function urgency(flags: readonly ClientFlag[], missed: number): number {
  const weights = flags.reduce((sum, flag) => sum + FLAG_WEIGHTS[flag], 0);
  return weights + (flags.includes('MISSED_TWO_WEEKS') ? Math.max(0, missed - 2) * EXTRA_MISSED_WEEK_WEIGHT : 0);
}

export const DASHBOARD_SORTS = ['URGENCY', 'NAME', 'PROGRESS', 'LAST_CHECK_IN'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

export interface Sortable {
  name: string;
  urgency: number;
  latestProgress: number | null;
  lastCheckInAt: Date | null;
}

// One collator for every comparison: localeCompare with options builds a new one each call, which dominates a sort.
const names = new Intl.Collator('en', { sensitivity: 'base' });
const byName = (a: Sortable, b: Sortable) => names.compare(a.name, b.name);
/** Nothing known sorts first: a client with no check-in is the one to look at. */
const nullsFirst = <T>(a: T | null, b: T | null, compare: (x: T, y: T) => number) =>
  a === null ? (b === null ? 0 : -1) : b === null ? 1 : compare(a, b);

const comparators: Record<DashboardSort, (a: Sortable, b: Sortable) => number> = {
  URGENCY: (a, b) => b.urgency - a.urgency || byName(a, b),
  NAME: byName,
  PROGRESS: (a, b) => nullsFirst(a.latestProgress, b.latestProgress, (x, y) => x - y) || byName(a, b),
  LAST_CHECK_IN: (a, b) => nullsFirst(a.lastCheckInAt, b.lastCheckInAt, (x, y) => x.getTime() - y.getTime()) || byName(a, b),
};

/** The rows in dashboard order: most urgent, by name, lowest progress, or longest since a check-in first. */
export function sortRows<T extends Sortable>(rows: readonly T[], sort: DashboardSort): T[] {
  return [...rows].sort(comparators[sort]);
}
