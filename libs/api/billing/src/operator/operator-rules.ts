import { planById, PlanId } from '@ascend/platform/tenancy';
import type { SubscriptionStatus } from '../subscription/plan.models';

/** What the console's figures are made from: one practice's subscription as `app_operator_practices()` answers it. */
export interface SubscriptionFigures {
  plan: PlanId;
  status: SubscriptionStatus;
  mrrCents: number;
  suspended: boolean;
  startedAt: Date | null;
  canceledAt: Date | null;
  trialEnd: Date | null;
}

export interface MonthOfRevenue {
  /** First day of the month (UTC), YYYY-MM-DD. */
  month: string;
  mrrCents: number;
  payingPractices: number;
}

export interface PlatformTotals {
  mrrCents: number;
  activePractices: number;
  payingPractices: number;
  trialingPractices: number;
  suspendedPractices: number;
  churnedPractices: number;
  churnRate: number;
  periodDays: number;
  mrrHistory: MonthOfRevenue[];
}

export const MIN_PERIOD_DAYS = 1;
export const MAX_PERIOD_DAYS = 3650;
const DAY_MS = 86_400_000;

/** Paying now: Stripe is collecting (or trying to collect) a non-zero monthly amount. */
export function isPaying(row: SubscriptionFigures): boolean {
  return (row.status === 'ACTIVE' || row.status === 'PAST_DUE') && row.mrrCents > 0;
}

/**
 * What a subscription brought in each month while it ran. A live one's is its current MRR; an ended one's row
 * keeps no amount (Stripe's MRR of a cancelled subscription is 0), so its plan's price is the best figure there is.
 */
function monthlyRevenue(row: SubscriptionFigures): number {
  return row.canceledAt ? planById(row.plan).monthlyPriceCents : row.mrrCents;
}

/** Paying at `instant`: begun before it, not yet ended, past any trial, and worth something. */
export function payingAt(row: SubscriptionFigures, instant: Date): boolean {
  const t = instant.getTime();
  if (!row.startedAt || row.startedAt.getTime() >= t) return false;
  if (row.canceledAt && row.canceledAt.getTime() <= t) return false;
  if (row.trialEnd && row.trialEnd.getTime() > t) return false;
  return monthlyRevenue(row) > 0;
}

/**
 * Churned within the period: a subscription that had been paying and ended inside it. A trial that ends without a
 * payment is not churn (it never counted as paying), which keeps the rate's numerator within its denominator's kind.
 */
function churnedWithin(row: SubscriptionFigures, from: Date, to: Date): boolean {
  const ended = row.canceledAt?.getTime();
  if (ended === undefined || ended <= from.getTime() || ended > to.getTime()) return false;
  return payingAt(row, new Date(ended - 1));
}

/** The first day (UTC) of the month `offset` months from `instant`'s. */
function monthStart(instant: Date, offset = 0): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() + offset, 1));
}

/**
 * The last twelve months, oldest first: each month's MRR as it stood at the month's end (the current month's, now)
 * from the subscriptions that had begun by then and not yet ended.
 */
export function mrrHistory(rows: SubscriptionFigures[], now: Date, months = 12): MonthOfRevenue[] {
  return Array.from({ length: months }, (_, i) => {
    const start = monthStart(now, i - months + 1);
    const end = i === months - 1 ? now : monthStart(now, i - months + 2);
    const paying = rows.filter((row) => payingAt(row, end));
    return {
      month: start.toISOString().slice(0, 10),
      mrrCents: paying.reduce((sum, row) => sum + monthlyRevenue(row), 0),
      payingPractices: paying.length,
    };
  });
}

/** The console's totals over the last `days`. */
export function platformTotals(rows: SubscriptionFigures[], now: Date, days: number): PlatformTotals {
  const periodStart = new Date(now.getTime() - days * DAY_MS);
  const payingAtStart = rows.filter((row) => payingAt(row, periodStart)).length;
  const churned = rows.filter((row) => churnedWithin(row, periodStart, now)).length;
  return {
    mrrCents: rows.reduce((sum, row) => sum + row.mrrCents, 0),
    activePractices: rows.filter((row) => !row.suspended).length,
    payingPractices: rows.filter(isPaying).length,
    trialingPractices: rows.filter((row) => row.status === 'TRIALING').length,
    suspendedPractices: rows.filter((row) => row.suspended).length,
    churnedPractices: churned,
    // A practice that both started and left inside the period is churn without being in the denominator: capped at 1.
    churnRate: payingAtStart === 0 ? 0 : Math.min(1, churned / payingAtStart),
    periodDays: days,
    mrrHistory: mrrHistory(rows, now),
  };
}

/** Why a period is refused, or undefined when it is fine. */
export function periodProblem(days: number): string | undefined {
  return Number.isInteger(days) && days >= MIN_PERIOD_DAYS && days <= MAX_PERIOD_DAYS ? undefined : `must be between ${MIN_PERIOD_DAYS} and ${MAX_PERIOD_DAYS} days`;
}
