import type { Attendance, MasterclassStatus, RegistrationSource, RegistrationStatus } from '@ascend/web/data-access';
import { browserTimeZone } from '../practices/time-zones';

export const masterclassStatusLabels: Record<MasterclassStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Completed',
};

export const masterclassStatusColors: Record<MasterclassStatus, string> = { DRAFT: 'gray', PUBLISHED: 'teal', CANCELLED: 'red', COMPLETED: 'blue' };

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  CONFIRMED: 'Confirmed',
  WAITLISTED: 'Waitlisted',
  PENDING_PAYMENT: 'Awaiting payment',
  CANCELLED: 'Cancelled',
};

export const registrationStatusColors: Record<RegistrationStatus, string> = { CONFIRMED: 'teal', WAITLISTED: 'yellow', PENDING_PAYMENT: 'grape', CANCELLED: 'gray' };

export const attendanceLabels: Record<Attendance, string> = { ATTENDED: 'Attended', NO_SHOW: 'No-show' };

export const sourceLabels: Record<RegistrationSource, string> = {
  DIRECT: 'Direct link',
  NEWSLETTER: 'Newsletter',
  PORTAL: 'Client portal',
  COACH: 'Added by the team',
};

/** How many digits the currency's smallest unit has: 2 for EUR (cents), 0 for JPY. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "€25.00", or "Complimentary" without a price. */
export function priceInWords(price: { amountCents: number; currency: string } | null): string {
  if (!price) return 'Complimentary';
  const amount = price.amountCents / 10 ** minorDigits(price.currency);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: price.currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${price.currency}`;
  }
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** "Thu, 11 Jun 2026, 18:00": the date and time on the clocks of `timeZone`. */
function wallTime(iso: string, timeZone: string): string {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    wallFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

export interface MasterclassTime {
  /** In the zone the masterclass is presented in, with the zone named: "Thu, 11 Jun 2026, 18:00 (Europe/London)". */
  presenting: string;
  /** In the viewer's own zone, when its clocks read otherwise; null when they read the same. */
  viewer: string | null;
}

/** A masterclass's time as its host announces it and, where the clocks differ, as the viewer lives it. */
export function masterclassTime(iso: string, timeZone: string, viewerZone = browserTimeZone()): MasterclassTime {
  const presenting = wallTime(iso, timeZone);
  const own = wallTime(iso, viewerZone);
  return { presenting: `${presenting} (${zoneName(timeZone)})`, viewer: own === presenting ? null : `${own} your time (${zoneName(viewerZone)})` };
}

export function zoneName(timeZone: string): string {
  return timeZone.replaceAll('_', ' ');
}
