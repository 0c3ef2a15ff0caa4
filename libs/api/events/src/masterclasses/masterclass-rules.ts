import type { FieldProblem } from '@ascend/platform/graphql';

/** The times and numbers of a masterclass that a change must keep sensible. */
export interface MasterclassTimes {
  startsAt: Date;
  registrationDeadline: Date;
  capacity: number;
}

/**
 * What is wrong with the times and capacity of a new or changed masterclass, by field. A start already in the past
 * is refused only when it moves (a masterclass that took place can still get its replay link); capacity may not drop
 * below the seats already taken, and the refusal says how many that is.
 */
export function masterclassProblems(
  next: MasterclassTimes,
  { now, seatsTaken = 0, previousStart }: { now: Date; seatsTaken?: number; previousStart?: Date },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const startMoved = !previousStart || previousStart.getTime() !== next.startsAt.getTime();
  if (startMoved && next.startsAt.getTime() <= now.getTime()) problems.push({ field: 'input.startsAt', message: 'must be in the future' });
  if (next.registrationDeadline.getTime() > next.startsAt.getTime()) {
    problems.push({ field: 'input.registrationDeadline', message: 'must be at or before the start' });
  }
  if (next.capacity < seatsTaken) {
    problems.push({ field: 'input.capacity', message: `must be at least ${seatsTaken}: ${seatsTaken} ${seatsTaken === 1 ? 'seat is' : 'seats are'} already taken` });
  }
  return problems;
}

/** "Leading without fixing: a 60-minute masterclass" → "leading-without-fixing-a-60-minute-masterclass", at most 80 characters. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'masterclass';
}

/** The slug with a number added, for the second and later masterclasses of the same title: "title-2". */
export function numberedSlug(slug: string, n: number): string {
  const suffix = `-${n}`;
  return `${slug.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

export function endsAt(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

/** Whether a registrant's calendar must be told again: the time or the join link changed. */
export function calendarChanged(
  before: { startsAt: Date; durationMinutes: number; joinUrl: string; timeZone: string },
  after: { startsAt: Date; durationMinutes: number; joinUrl: string; timeZone: string },
): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.durationMinutes !== after.durationMinutes ||
    before.joinUrl !== after.joinUrl ||
    before.timeZone !== after.timeZone
  );
}
