import type { RegistrationStatus } from '@ascend/web/data-access';

/** "18:30" (or "Thu 4 Dec, 18:30" on another day) in the visitor's zone: when a seat held for payment is released. */
export function holdEndText(holdExpiresAt: string, locale?: string, now = new Date()): string {
  const end = new Date(holdExpiresAt);
  const sameDay = end.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { hour: 'numeric', minute: '2-digit' } : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(end);
}

interface StatusLabel {
  label: string;
  color: string;
}

/** A registration's status as a badge: confirmed, its place on the waitlist, a seat held for payment, cancelled. */
export function statusLabel(registration: { status: RegistrationStatus; waitlistPosition: number | null }): StatusLabel {
  switch (registration.status) {
    case 'CONFIRMED':
      return { label: 'Confirmed', color: 'teal' };
    case 'WAITLISTED':
      return { label: registration.waitlistPosition ? `Waitlist: number ${registration.waitlistPosition}` : 'On the waitlist', color: 'orange' };
    case 'PENDING_PAYMENT':
      return { label: 'Seat held for payment', color: 'yellow' };
    case 'CANCELLED':
      return { label: 'Cancelled', color: 'gray' };
  }
}
