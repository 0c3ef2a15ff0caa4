import { DomainError } from '@ascend/platform/graphql';

/** A seat held for payment, as the payment needs it: who pays, for what, how much, and until when the seat waits. */
export interface HeldSeat {
  practiceId: string;
  registrationId: string;
  name: string;
  email: string;
  masterclassTitle: string;
  priceCents: number;
  /** ISO 4217, lower case, as Stripe writes it. */
  currency: string;
  holdExpiresAt: Date;
  /** The registration's own page, where the registrant comes back to after paying (or not). */
  manageUrl: string;
}

/** A registration with its masterclass's price and its practice's address; $1 the practice, $2 the registration. */
export const HELD_SEAT_SQL = `
  select r.id, r.name, r.email, r.status, r.hold_expires_at, m.title, m.price_cents, m.currency, p.slug as practice_slug
    from registration r
    join masterclass m on m.tenant_id = r.tenant_id and m.id = r.masterclass_id
    join practice_profile p on p.id = r.tenant_id
   where r.tenant_id = $1 and r.id = $2`;

export interface HeldSeatRow {
  id: string;
  name: string;
  email: string;
  status: string;
  hold_expires_at: Date | null;
  title: string;
  price_cents: number | null;
  currency: string | null;
  practice_slug: string;
}

/** Why a registration cannot be paid for now, or undefined while its seat is held for payment. */
export function unpayable(row: HeldSeatRow, now: Date): DomainError | undefined {
  const refuse = (message: string, problem: string) => new DomainError('CONFLICT', message, [{ field: 'token', message: problem }]);
  if (row.price_cents === null || row.currency === null) return refuse('This masterclass is free: there is nothing to pay', 'names a free masterclass');
  if (row.status === 'CONFIRMED') return refuse('This seat is paid for already: your confirmation is in your email', 'names a confirmed seat');
  if (row.status === 'WAITLISTED') return refuse('You are on the waitlist: we write to you when a seat is held for you to pay', 'names a place on the waitlist');
  if (row.status !== 'PENDING_PAYMENT' || !row.hold_expires_at || row.hold_expires_at.getTime() <= now.getTime()) {
    return refuse('The seat held for you has been released: register again to get a seat if one is free', 'names a seat that is no longer held');
  }
  return undefined;
}
