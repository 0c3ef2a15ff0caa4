import type { BillingTestApp } from '../shared/billing-scenario';

/** What these builders use of the testing lib's TestApp (which only test files may import). */
interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

export interface StripeSubscriptionRefs {
  customerId: string;
  subscriptionId: string;
}

/**
 * Subscribes the practice at Stripe the way Ascend's Checkout does (a customer and a subscription carrying the
 * practice's id, paid on the hosted page), without telling Ascend: the events tell it.
 */
export async function subscribeAtStripe(
  { t, stripe }: Pick<BillingTestApp, 't' | 'stripe'>,
  practice: { practiceId: string; owner: { email: string } },
  plan: 'SOLO' | 'PRACTICE' | 'TEAM',
  options: { trialDays?: number } = {},
): Promise<StripeSubscriptionRefs> {
  const client = stripe.client();
  const { practiceId } = practice;
  const customer = await client.customers.create({ email: practice.owner.email, metadata: { practiceId } });
  const session = await client.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    client_reference_id: practiceId,
    metadata: { practiceId },
    line_items: [{ price: t.config.billing.stripe!.prices[plan], quantity: 1 }],
    subscription_data: { metadata: { practiceId }, ...(options.trialDays ? { trial_period_days: options.trialDays } : {}) },
    success_url: `${t.config.publicUrl}/app/billing?checkout=success`,
    cancel_url: `${t.config.publicUrl}/app/billing?checkout=cancelled`,
  });
  await stripe.completeCheckout(session.id);
  const completed = await client.checkout.sessions.retrieve(session.id);
  return { customerId: customer.id, subscriptionId: completed.subscription as string };
}

export interface BillingState {
  subscription:
    | {
        stripe_customer_id: string;
        stripe_subscription_id: string | null;
        plan: string;
        status: string;
        read_only: boolean;
        [column: string]: unknown;
      }
    | undefined;
  invoices: { id: string; status: string; amount_due: number; amount_paid: number; [column: string]: unknown }[];
}

/** The practice's subscription row (without sync times) and its invoices, as the cluster administrator reads them. */
export async function billingState(t: TestApp, practiceId: string): Promise<BillingState> {
  const [subscription] = await t.db.query<BillingState['subscription'] & object>(
    `select stripe_customer_id, stripe_subscription_id, plan, status, current_period_end, trial_end, cancel_at_period_end, past_due_since,
            read_only_from, coalesce(read_only_from <= now(), false) as read_only, mrr_cents, currency, started_at, canceled_at
       from subscription where tenant_id = $1`,
    [practiceId],
  );
  const invoices = await t.db.query<BillingState['invoices'][number]>(
    `select id, number, status, amount_due, amount_paid, currency, hosted_invoice_url, period_start, period_end, created_at
       from billing_invoice where tenant_id = $1 order by created_at, id`,
    [practiceId],
  );
  return { subscription, invoices };
}

export interface LedgerEntry {
  id: string;
  type: string;
  outcome: string | null;
  tenant_id: string | null;
  error: string | null;
  processed_at: Date | null;
}

/** The webhook ledger's rows for these events. */
export function ledger(t: TestApp, eventIds: string[]): Promise<LedgerEntry[]> {
  return t.db.query<LedgerEntry>('select id, type, outcome, tenant_id, error, processed_at from stripe_event where id = any($1) order by received_at, id', [eventIds]);
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed from its seed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}
