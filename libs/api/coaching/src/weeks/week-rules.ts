/**
 * Accountability weeks. A client's week runs Monday 00:00 to the next Monday 00:00 on the wall clock of the
 * client's own time zone, and is named by its Monday as an ISO date ('2026-11-16'). Everything here is plain
 * and pure: the instants are computed with Intl, so daylight-saving changes (a 23- or 25-hour Sunday) are exact.
 */

const DAY_MS = 86_400_000;

/** An ISO date ('YYYY-MM-DD'). */
export type IsoDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall-clock fields of `instant` in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): { date: IsoDate; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function utcDay(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function isoOf(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(utcDay(date) + days * DAY_MS);
}

export function addWeeks(weekStart: IsoDate, weeks: number): IsoDate {
  return addDays(weekStart, weeks * 7);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: IsoDate): number {
  return ((new Date(utcDay(date)).getUTCDay() + 6) % 7) + 1;
}

/** Whole weeks from one week's Monday to another's (negative when `to` is earlier). */
export function weeksBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / (7 * DAY_MS));
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The client's current week at `instant`: the Monday of the local date there. */
export function weekStartAt(instant: Date, timeZone: string): IsoDate {
  return mondayOf(wallClock(instant, timeZone).date);
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` `hour`:00. A time skipped by a spring-forward
 * change resolves to the instant just after the gap (as clocks do); a repeated one to its first occurrence.
 */
export function instantAt(date: IsoDate, hour: number, timeZone: string): Date {
  const wanted = utcDay(date) + hour * 3_600_000;
  // Two passes converge on the zone's offset at that wall time, even across a change.
  let guess = wanted;
  for (let pass = 0; pass < 2; pass++) {
    const seen = wallClock(new Date(guess), timeZone);
    const seenMs = utcDay(seen.date) + seen.hour * 3_600_000 + seen.minute * 60_000 + seen.second * 1000;
    guess += wanted - seenMs;
  }
  const seen = wallClock(new Date(guess), timeZone);
  if (seen.date === date && seen.hour === hour) {
    // Prefer the earlier of two instants showing the same wall time (autumn's repeated hour).
    const hourEarlier = new Date(guess - 3_600_000);
    const earlier = wallClock(hourEarlier, timeZone);
    return earlier.date === date && earlier.hour === hour && earlier.minute === 0 ? hourEarlier : new Date(guess);
  }
  return new Date(guess);
}

/** When a week begins and ends (the next Monday 00:00), as instants, in the client's zone. */
export function weekBounds(weekStart: IsoDate, timeZone: string): { start: Date; end: Date } {
  return { start: instantAt(weekStart, 0, timeZone), end: instantAt(addWeeks(weekStart, 1), 0, timeZone) };
}

/** The date of the client's check-in day in a week (checkInDay: 1 Monday … 7 Sunday). */
export function checkInDate(weekStart: IsoDate, checkInDay: number): IsoDate {
  return addDays(weekStart, checkInDay - 1);
}

/** The hour of the check-in day at which the reminder goes out, on the client's own clock. */
export const REMINDER_HOUR = 9;

/** When the week's reminder is due: the check-in day at {@link REMINDER_HOUR} in the client's zone. */
export function reminderAt(weekStart: IsoDate, checkInDay: number, timeZone: string): Date {
  return instantAt(checkInDate(weekStart, checkInDay), REMINDER_HOUR, timeZone);
}

/** A check-in is late once its check-in day has ended on the client's clock. */
export function isLate(weekStart: IsoDate, checkInDay: number, timeZone: string, submittedAt: Date): boolean {
  return submittedAt.getTime() >= instantAt(addDays(checkInDate(weekStart, checkInDay), 1), 0, timeZone).getTime();
}

/** Which weeks a client may check in for at `now`: this week, and last week (late) while it has no check-in yet. */
export function checkInWeekProblem(weekStart: IsoDate, now: Date, timeZone: string): string | null {
  if (isoWeekday(weekStart) !== 1) return 'must be the Monday that starts a week';
  const current = weekStartAt(now, timeZone);
  const offset = weeksBetween(current, weekStart);
  if (offset > 0) return 'is in the future: check in for this week or last week';
  if (offset < -1) return 'has closed: a check-in can be made for this week or, late, for last week';
  return null;
}

/**
 * Consecutive weeks with a check-in, ending at the current week, or at last week while this week's check-in is
 * not in yet (the week is still open). `weeks` may be in any order and hold duplicates.
 */
export function streakWeeks(weeks: readonly IsoDate[], currentWeek: IsoDate): number {
  const held = new Set(weeks);
  let week = held.has(currentWeek) ? currentWeek : addWeeks(currentWeek, -1);
  let streak = 0;
  while (held.has(week)) {
    streak += 1;
    week = addWeeks(week, -1);
  }
  return streak;
}

/**
 * Whole weeks missed since the last check-in, counting only weeks that have closed: 0 while last week (or this
 * one) has its check-in. A client with no check-in counts from the week their accountability began.
 */
export function missedWeeks(lastCheckInWeek: IsoDate | null, since: IsoDate, currentWeek: IsoDate): number {
  const from = lastCheckInWeek ? addWeeks(lastCheckInWeek, 1) : since;
  return Math.max(0, weeksBetween(from, currentWeek));
}
