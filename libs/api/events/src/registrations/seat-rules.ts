import type { FieldProblem } from '@ascend/platform/graphql';

/** How long a seat of a paid masterclass is held while its registrant pays. */
export const PAYMENT_HOLD_MINUTES = 30;

export type SeatStatus = 'CONFIRMED' | 'PENDING_PAYMENT' | 'WAITLISTED';

/** A new registrant (or one promoted from the waitlist) takes a free seat, held for payment when the masterclass is paid; else waits. */
export function seatFor({ capacity, seatsTaken, paid }: { capacity: number; seatsTaken: number; paid: boolean }): SeatStatus {
  if (seatsTaken >= capacity) return 'WAITLISTED';
  return paid ? 'PENDING_PAYMENT' : 'CONFIRMED';
}

/** How many of the waitlist move up: as many as there are free seats, and no more than are waiting. */
export function promotions({ capacity, seatsTaken, waiting }: { capacity: number; seatsTaken: number; waiting: number }): number {
  return Math.max(0, Math.min(waiting, capacity - seatsTaken));
}

export function holdExpiry(from: Date): Date {
  return new Date(from.getTime() + PAYMENT_HOLD_MINUTES * 60_000);
}

/** Why a masterclass takes no registration now, as the field that names it, or undefined when it does. */
export function registrationClosed(
  masterclass: { status: string; registrationDeadline: Date; startsAt: Date },
  now: Date,
  field = 'input.masterclassSlug',
): FieldProblem | undefined {
  if (masterclass.status === 'CANCELLED') return { field, message: 'is cancelled: it takes no registrations' };
  if (masterclass.status !== 'PUBLISHED') return { field, message: 'is not open for registration' };
  if (now.getTime() >= masterclass.startsAt.getTime()) return { field, message: 'has already started: registration is closed' };
  if (now.getTime() > masterclass.registrationDeadline.getTime()) return { field, message: 'closed registration at its deadline' };
  return undefined;
}
