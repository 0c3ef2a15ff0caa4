import type { PlanId, SubscriptionStatus } from '@ascend/web/data-access';

/** Ascend bills its plans in US dollars: the console's revenue figures are in cents of a dollar. */
export function formatRevenue(cents: number, locale?: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** A rate of 0..1 as "12.5%". */
export function formatRate(rate: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** '2026-11-01' as "Nov 2026", never shifted by the reader's time zone. */
export function formatMonth(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}T00:00:00Z`));
}

/** '2026-11-01' as "Nov": a chart's axis label. */
export function formatMonthName(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}T00:00:00Z`));
}

export const planNames: Record<PlanId, string> = { STARTER: 'Starter', SOLO: 'Solo', PRACTICE: 'Practice', TEAM: 'Team' };

export const statusNames: Record<SubscriptionStatus, string> = {
  NONE: 'No subscription',
  TRIALING: 'Trial',
  ACTIVE: 'Active',
  PAST_DUE: 'Past due',
  UNPAID: 'Unpaid',
  CANCELED: 'Cancelled',
  INCOMPLETE: 'Incomplete',
  INCOMPLETE_EXPIRED: 'Expired',
  PAUSED: 'Paused',
};

/** Whether a practice matches what was typed in the search box: its name or address, ignoring case. */
export function matchesSearch(practice: { name: string; slug: string }, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  return wanted === '' || practice.name.toLowerCase().includes(wanted) || practice.slug.includes(wanted);
}

const ACTIONS: Record<string, string> = { PRACTICE_SUSPENDED: 'Suspended', PRACTICE_REACTIVATED: 'Reactivated' };

/** An audit action for people ("Suspended"), or the code itself for one this console does not know yet. */
export function describeOperatorAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The reason an audit entry records, if its detail (JSON text) has one. */
export function reasonOf(detail: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(detail);
    const reason = parsed && typeof parsed === 'object' ? (parsed as { reason?: unknown }).reason : undefined;
    return typeof reason === 'string' ? reason : undefined;
  } catch {
    return undefined;
  }
}
