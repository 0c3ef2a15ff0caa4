import type Stripe from 'stripe';
import type { PlanId } from '@ascend/platform/tenancy';

export type SubscriptionStatus = 'NONE' | 'TRIALING' | 'ACTIVE' | 'PAST_DUE' | 'UNPAID' | 'CANCELED' | 'INCOMPLETE' | 'INCOMPLETE_EXPIRED' | 'PAUSED';

const STATUSES: readonly SubscriptionStatus[] = ['TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED', 'INCOMPLETE', 'INCOMPLETE_EXPIRED', 'PAUSED'];
/** Statuses in which the practice owes a payment: the grace period runs, then the practice turns read-only. */
const OVERDUE: readonly SubscriptionStatus[] = ['PAST_DUE', 'UNPAID'];
/** Statuses in which the subscription brings in money (trials do not yet). */
const EARNING: readonly SubscriptionStatus[] = ['ACTIVE', 'PAST_DUE'];
/** A subscription in these states is over; a practice's other, live one wins over it. */
const ENDED = new Set<string>(['canceled', 'incomplete_expired']);

const DAY_MS = 86_400_000;
const MONTHS_PER_INTERVAL: Partial<Record<string, number>> = { day: 12 / 365, week: 12 / 52, month: 1, year: 12 };

/** The practice's `subscription` row as Stripe's subscription makes it (ids and times as stored). */
export interface SubscriptionState {
  stripeCustomerId: string;
  stripeSubscriptionId: string | null;
  plan: PlanId;
  status: SubscriptionStatus;
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  readOnlyFrom: Date | null;
  mrrCents: number;
  currency: string;
  startedAt: Date | null;
  /** When the subscription ended (not when an end was requested: that is `cancelAtPeriodEnd`). */
  canceledAt: Date | null;
}

export interface MappingContext {
  /** The row as stored, if the practice has one. */
  previous?: Pick<SubscriptionState, 'plan' | 'pastDueSince'>;
  planOfPrice(priceId: string): Exclude<PlanId, 'STARTER'> | undefined;
  graceDays: number;
  now: Date;
}

export interface Mapped {
  state: SubscriptionState;
  /** A price that is none of the plans' (the plan was kept as it was). */
  unknownPrice?: string;
}

const at = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? null : new Date(seconds * 1000));
const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id);

export function statusOf(stripeStatus: string): SubscriptionStatus {
  const status = stripeStatus.toUpperCase() as SubscriptionStatus;
  // A status Stripe adds later is not a live one: the practice falls back to Starter rather than keep a plan unpaid.
  return STATUSES.includes(status) ? status : 'INCOMPLETE';
}

/** What a recurring price costs per month, in its currency's smallest unit. */
export function monthlyCents(price: Pick<Stripe.Price, 'unit_amount' | 'recurring'>, quantity: number): number {
  if (!price.recurring || price.unit_amount === null) return 0;
  const monthsPerInterval = MONTHS_PER_INTERVAL[price.recurring.interval];
  if (monthsPerInterval === undefined) return 0;
  return Math.round((price.unit_amount * quantity) / (monthsPerInterval * price.recurring.interval_count));
}

/**
 * Maps Stripe's subscription onto the practice's row. Overdue time is Ascend's own record: it starts when the
 * subscription is first seen overdue and is kept while it stays so; anything else (paid, trialing, ended) clears
 * it, so a cancelled practice falls back to Starter rather than stay read-only.
 */
export function mapSubscription(subscription: Stripe.Subscription, context: MappingContext): Mapped {
  const status = statusOf(subscription.status);
  const items = subscription.items.data;
  const priced = items.map((item) => ({ item, plan: context.planOfPrice(item.price.id) }));
  const planned = priced.find((entry) => entry.plan);
  const unknownPrice = planned ? undefined : items[0]?.price.id;
  const plan = planned?.plan ?? context.previous?.plan ?? 'STARTER';
  const overdue = OVERDUE.includes(status);
  const pastDueSince = overdue ? (context.previous?.pastDueSince ?? context.now) : null;
  const periodEnds = items.map((item) => item.current_period_end);
  const mrrCents = EARNING.includes(status) ? items.reduce((sum, item) => sum + monthlyCents(item.price, item.quantity ?? 1), 0) : 0;
  return {
    state: {
      stripeCustomerId: idOf(subscription.customer),
      stripeSubscriptionId: subscription.id,
      plan,
      status,
      currentPeriodEnd: periodEnds.length ? at(Math.max(...periodEnds)) : null,
      trialEnd: at(subscription.trial_end),
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      pastDueSince,
      readOnlyFrom: pastDueSince && new Date(pastDueSince.getTime() + context.graceDays * DAY_MS),
      mrrCents,
      currency: subscription.currency,
      startedAt: at(subscription.start_date),
      canceledAt: ENDED.has(subscription.status) ? at(subscription.ended_at ?? subscription.canceled_at) : null,
    },
    ...(unknownPrice ? { unknownPrice } : {}),
  };
}

/** The row of a practice whose customer has no subscription at Stripe (any more): Starter limits, nothing owed. */
export function withoutSubscription(previous: Pick<SubscriptionState, 'stripeCustomerId' | 'stripeSubscriptionId' | 'plan' | 'currency' | 'startedAt' | 'canceledAt'>, now: Date): SubscriptionState {
  const had = previous.stripeSubscriptionId !== null;
  return {
    stripeCustomerId: previous.stripeCustomerId,
    stripeSubscriptionId: previous.stripeSubscriptionId,
    plan: previous.plan,
    status: had ? 'CANCELED' : 'NONE',
    currentPeriodEnd: null,
    trialEnd: null,
    cancelAtPeriodEnd: false,
    pastDueSince: null,
    readOnlyFrom: null,
    mrrCents: 0,
    currency: previous.currency,
    startedAt: previous.startedAt,
    canceledAt: had ? (previous.canceledAt ?? now) : null,
  };
}

/**
 * Which of a customer's subscriptions is the practice's: the newest that has not ended, or else the newest. Taken
 * from Stripe's list rather than from whichever event came last, so the order of events does not matter.
 */
export function currentSubscription<T extends Pick<Stripe.Subscription, 'status' | 'created'>>(subscriptions: readonly T[]): T | undefined {
  const newestFirst = [...subscriptions].sort((a, b) => b.created - a.created);
  return newestFirst.find((subscription) => !ENDED.has(subscription.status)) ?? newestFirst[0];
}

/** The fields that differ, as `field: before -> after`, for logs of what a sync repaired. */
export function differences(before: SubscriptionState | undefined, after: SubscriptionState): string[] {
  if (!before) return ['subscription: none -> ' + `${after.plan} ${after.status}`];
  const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  return (Object.keys(after) as (keyof SubscriptionState)[])
    .filter((key) => shown(before[key]) !== shown(after[key]))
    .map((key) => `${key}: ${shown(before[key])} -> ${shown(after[key])}`);
}

/** The practice's invoice row from Stripe's invoice; the period is the one billed (the lines'), not the invoice's own. */
export function invoiceRow(invoice: Stripe.Invoice) {
  const periods = invoice.lines.data.map((line) => line.period);
  return {
    id: invoice.id as string,
    number: invoice.number,
    status: invoice.status ?? 'draft',
    amountDue: invoice.amount_due,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    invoicePdf: invoice.invoice_pdf ?? null,
    periodStart: at(periods.length ? Math.min(...periods.map((p) => p.start)) : invoice.period_start),
    periodEnd: at(periods.length ? Math.max(...periods.map((p) => p.end)) : invoice.period_end),
    createdAt: at(invoice.created) as Date,
  };
}
