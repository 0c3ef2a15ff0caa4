export const PURCHASE_KINDS = ['MASTERCLASS_SEAT', 'PACKAGE'] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

export const PURCHASE_STATUSES = ['PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

/** Stripe keeps a Checkout session open at least 30 minutes; one more covers the clocks and the request's own time. */
export const MIN_CHECKOUT_MINUTES = 31;

/**
 * When a seat's Checkout session ends: when its hold does, but never sooner than Stripe allows. The hold lasts
 * 30 minutes from registration, so a session opened during it always outlives it; billing then extends the hold
 * to the session's end (once: a second request reuses the open session), so the seat waits exactly as long as
 * the registrant can pay. Whole seconds, as Stripe takes them.
 */
export function seatCheckoutExpiry(now: Date, holdExpiresAt: Date): Date {
  const earliest = now.getTime() + MIN_CHECKOUT_MINUTES * 60_000;
  return new Date(Math.ceil(Math.max(earliest, holdExpiresAt.getTime()) / 1000) * 1000);
}

/** A paid purchase's status once `refundedCents` of its `amountCents` have gone back to the buyer. */
export function statusAfterRefund(amountCents: number, refundedCents: number): PurchaseStatus {
  if (refundedCents <= 0) return 'PAID';
  return refundedCents >= amountCents ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

/** Purchases a refund can apply to: paid, and not wholly refunded yet. */
export function refundable(status: PurchaseStatus): boolean {
  return status === 'PAID' || status === 'PARTIALLY_REFUNDED';
}

/**
 * When a monthly package's subscription ends: `months` calendar months after it started (UTC), the day kept or,
 * where the month is shorter, its last day. In Unix seconds, as Stripe's `cancel_at`.
 */
export function packageEndsAt(startSeconds: number, months: number): number {
  const start = new Date(startSeconds * 1000);
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), month + 1, 0)).getUTCDate();
  const end = Date.UTC(start.getUTCFullYear(), month, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds());
  return Math.floor(end / 1000);
}
