import { formatDate } from '@ascend/web/ui';
import type { Plan, PracticeBilling } from './use-billing';

function minorUnits(currency: string): number {
  return 10 ** (new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2);
}

/** "$49.00": Stripe counts in the currency's smallest unit, which is not always a hundredth (yen has none). */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(amount / minorUnits(currency));
}

/** "$49 a month" (cents only when there are some), or "Free". */
export function planPrice(plan: Pick<Plan, 'monthlyPriceCents' | 'currency'>, locale?: string): string {
  if (plan.monthlyPriceCents === 0) return 'Free';
  const amount = plan.monthlyPriceCents / minorUnits(plan.currency);
  const digits = Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return `${new Intl.NumberFormat(locale, { style: 'currency', currency: plan.currency.toUpperCase(), ...digits }).format(amount)} a month`;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** What a plan allows, one line each: "30 active clients", "Paid masterclasses and packages". */
export function limitLines(limits: Plan['limits']): string[] {
  return [
    count(limits.coaches, 'coach', 'coaches'),
    count(limits.activeClients, 'active client', 'active clients'),
    count(limits.subscribers, 'newsletter subscriber', 'newsletter subscribers'),
    `${count(limits.emailsPerMonth, 'newsletter email', 'newsletter emails')} a month`,
    limits.paidOfferings ? 'Paid masterclasses and packages' : 'No paid masterclasses or packages',
  ];
}

const USAGE_NOUNS: Record<string, [string, string]> = {
  coaches: ['coach', 'coaches'],
  activeClients: ['active client', 'active clients'],
  subscribers: ['newsletter subscriber', 'newsletter subscribers'],
  emailsPerMonth: ['newsletter email this month', 'newsletter emails this month'],
};

/** "3 of 5 coaches" */
export function usageInWords(figure: { limit: string; used: number; allowed: number }): string {
  const [one, many] = USAGE_NOUNS[figure.limit] ?? [figure.limit, figure.limit];
  return `${figure.used.toLocaleString('en-US')} of ${count(figure.allowed, one, many)}`;
}

/** Teal with room to spare, orange from 80 % (at the limit nothing more fits), red past it (after a downgrade). */
export function usageColor(used: number, allowed: number): string {
  if (used > allowed) return 'red';
  return used >= allowed * 0.8 ? 'orange' : 'teal';
}

export interface StatusWords {
  label: string;
  color: string;
}

/** The subscription's state as the current plan card says it. */
export function statusInWords(billing: Pick<PracticeBilling, 'status' | 'trialEndsAt' | 'renewsAt' | 'cancelsAt' | 'graceEndsAt' | 'readOnly'>): StatusWords {
  const on = (iso: string | null) => (iso ? formatDate(iso) : '');
  if (billing.readOnly) return { label: 'Read-only until payment', color: 'red' };
  switch (billing.status) {
    case 'PAST_DUE':
    case 'UNPAID':
      return { label: billing.graceEndsAt ? `Payment overdue: read-only from ${on(billing.graceEndsAt)}` : 'Payment overdue', color: 'orange' };
    case 'TRIALING':
      if (billing.cancelsAt) return { label: `Trial, cancels on ${on(billing.cancelsAt)}`, color: 'orange' };
      return { label: billing.trialEndsAt ? `Trial until ${on(billing.trialEndsAt)}` : 'Trial', color: 'blue' };
    case 'ACTIVE':
      if (billing.cancelsAt) return { label: `Cancels on ${on(billing.cancelsAt)}`, color: 'orange' };
      return { label: billing.renewsAt ? `Active, renews ${on(billing.renewsAt)}` : 'Active', color: 'teal' };
    case 'CANCELED':
      return { label: 'Subscription ended: Starter limits apply', color: 'gray' };
    case 'INCOMPLETE':
      return { label: 'Waiting for the first payment', color: 'orange' };
    case 'INCOMPLETE_EXPIRED':
      return { label: 'The first payment was never completed', color: 'gray' };
    case 'PAUSED':
      return { label: 'Paused', color: 'gray' };
    case 'NONE':
      return { label: 'No subscription', color: 'gray' };
  }
}
