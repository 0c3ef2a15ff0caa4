/** A wall-clock reading: the date and time a person reads on a clock in some zone. */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

const readers = new Map<string, Intl.DateTimeFormat>();

function reader(timeZone: string): Intl.DateTimeFormat {
  let found = readers.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    readers.set(timeZone, found);
  }
  return found;
}

/** The wall clock of `zone` at an instant. */
export function wallClockAt(instant: Date | string, timeZone: string): WallClock {
  const parts = Object.fromEntries(reader(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The wall clock read as if it were UTC, in milliseconds: the zone's offset is the difference to the instant. */
function asIfUtc({ date, time }: WallClock): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

function offsetAt(instant: number, timeZone: string): number {
  return asIfUtc(wallClockAt(new Date(instant), timeZone)) - instant;
}

const DAY_MS = 86_400_000;

export function isWallClock({ date, time }: WallClock): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return false;
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day && hour < 24 && minute < 60;
}

/**
 * The instant at which `zone`'s clocks read `wall`, or null when they never do (the hour skipped when clocks go
 * forward). Around a change the zone has two offsets, the one before and the one after; each candidate instant is
 * kept only if the zone's clock really reads `wall` then. When clocks go back the reading happens twice, and the
 * first is taken, as calendars do.
 */
export function instantOf(wall: WallClock, timeZone: string): Date | null {
  if (!isWallClock(wall)) return null;
  const guess = asIfUtc(wall);
  const offsets = new Set([offsetAt(guess - DAY_MS, timeZone), offsetAt(guess, timeZone), offsetAt(guess + DAY_MS, timeZone)]);
  const readsWall = [...offsets]
    .map((offset) => guess - offset)
    .filter((instant) => {
      const read = wallClockAt(new Date(instant), timeZone);
      return read.date === wall.date && read.time === wall.time;
    })
    .sort((a, b) => a - b);
  return readsWall.length ? new Date(readsWall[0]) : null;
}

