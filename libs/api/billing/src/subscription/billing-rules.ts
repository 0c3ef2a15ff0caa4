import type { CountedLimit, Plan as PlanDefinition, PlanId, Usage } from '@ascend/platform/tenancy';
import type { Plan, SubscriptionStatus } from './plan.models';

/** The practice's subscription row, as billing reads it (no row: the free Starter plan, nothing at Stripe yet). */
export interface SubscriptionRow {
  plan: PlanId;
  status: SubscriptionStatus;
  stripe_customer_id: string;
  stripe_subscription_id: string | null;
  current_period_end: Date | null;
  trial_end: Date | null;
  cancel_at_period_end: boolean;
  read_only_from: Date | null;
  started_at: Date | null;
  canceled_at: Date | null;
  updated_at: Date;
}

export type PaidPlanId = Exclude<PlanId, 'STARTER'>;

/** Statuses in which a subscription keeps its plan's limits (as Entitlements counts them). */
const LIVE: readonly SubscriptionStatus[] = ['TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID'];
export const isLive = (status: SubscriptionStatus) => LIVE.includes(status);

/** Minutes during which asking for the same Checkout again answers the same session (a double click, a reload). */
export const CHECKOUT_KEY_MINUTES = 10;
/** A portal session is for now: a second click within the minute reuses it. */
export const PORTAL_KEY_MINUTES = 1;

/** What the billing page and the banners show of a subscription. */
export interface SubscriptionView {
  subscribedPlan: PlanId | null;
  status: SubscriptionStatus;
  trialEndsAt: Date | null;
  renewsAt: Date | null;
  cancelsAt: Date | null;
  graceEndsAt: Date | null;
  readOnly: boolean;
}

export function subscriptionView(row: SubscriptionRow | undefined, now: Date): SubscriptionView {
  if (!row) return { subscribedPlan: null, status: 'NONE', trialEndsAt: null, renewsAt: null, cancelsAt: null, graceEndsAt: null, readOnly: false };
  const live = isLive(row.status);
  const overdue = row.status === 'PAST_DUE' || row.status === 'UNPAID';
  return {
    // A row without a subscription id only holds the Stripe customer of a checkout not (yet) completed.
    subscribedPlan: row.stripe_subscription_id ? row.plan : null,
    status: row.status,
    trialEndsAt: row.status === 'TRIALING' ? row.trial_end : null,
    renewsAt: live && !row.cancel_at_period_end ? row.current_period_end : null,
    cancelsAt: live && row.cancel_at_period_end ? row.current_period_end : null,
    graceEndsAt: overdue ? row.read_only_from : null,
    readOnly: row.read_only_from !== null && row.read_only_from.getTime() <= now.getTime(),
  };
}

/** Why a new Checkout is refused, if it is: a practice has one subscription, changed in place. */
export function checkoutRefusal(row: SubscriptionRow | undefined): string | undefined {
  if (!row) return undefined;
  if (isLive(row.status)) return 'This practice already has a subscription: use changePlan to move it to another plan';
  if (row.status === 'PAUSED' || row.status === 'INCOMPLETE') {
    return "This practice's subscription is waiting at Stripe (paused, or its first payment is unfinished): open the billing portal to finish it";
  }
  return undefined;
}

/** The trial is for a practice's first subscription only (0 trial days configured: no trial at all). */
export function trialDaysFor(row: SubscriptionRow | undefined, configuredDays: number): number | undefined {
  const hadOne = !!row && (row.stripe_subscription_id !== null || row.started_at !== null || row.canceled_at !== null);
  return hadOne || configuredDays <= 0 ? undefined : configuredDays;
}

/**
 * An idempotency key that stays the same for the same request within a window of `minutes` and changes after it:
 * a repeated click gets Stripe's first answer, a return days later makes a new session.
 */
export function windowedKey(parts: string[], now: Date, minutes: number): string {
  return [...parts, Math.floor(now.getTime() / (minutes * 60_000))].join(':');
}

export type PlanChange = { kind: 'switch'; plan: PaidPlanId } | { kind: 'cancel' } | { kind: 'resume' } | { kind: 'none' } | { kind: 'refused'; message: string };

/**
 * What asking for `target` means for the practice's subscription: another paid plan switches the price, Starter
 * cancels at the period's end, the current plan resumes a subscription set to end (or changes nothing).
 */
export function planChange(row: SubscriptionRow | undefined, target: PlanId): PlanChange {
  if (!row?.stripe_subscription_id || !isLive(row.status)) {
    return target === 'STARTER'
      ? { kind: 'refused', message: 'This practice is on the free Starter plan already' }
      : { kind: 'refused', message: 'This practice has no subscription to change: start one with startPlanCheckout' };
  }
  if (target === 'STARTER') return row.cancel_at_period_end ? { kind: 'none' } : { kind: 'cancel' };
  if (target === row.plan) return row.cancel_at_period_end ? { kind: 'resume' } : { kind: 'none' };
  return { kind: 'switch', plan: target };
}

/** What each counted limit counts, in the words of the billing page. */
export const USAGE_LABELS: Record<CountedLimit, string> = {
  coaches: 'Coaches (owners and admins, pending invitations included)',
  activeClients: 'Active clients',
  subscribers: 'Newsletter subscribers (confirmed)',
  emailsPerMonth: 'Newsletter emails this month (queued ones included)',
};

export function usageFigures(plan: PlanDefinition, usage: Usage): { limit: CountedLimit; label: string; used: number; allowed: number }[] {
  return (Object.keys(USAGE_LABELS) as CountedLimit[]).map((limit) => ({ limit, label: USAGE_LABELS[limit], used: usage[limit], allowed: plan.limits[limit] }));
}

/** Ascend's prices are in US dollars (the Stripe prices configured for the plans are). */
export function planModel(plan: PlanDefinition): Plan {
  return { id: plan.id, name: plan.name, summary: plan.summary, monthlyPriceCents: plan.monthlyPriceCents, currency: 'usd', limits: { ...plan.limits } };
}
