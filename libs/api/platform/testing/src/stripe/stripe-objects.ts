import type Stripe from 'stripe';

// The fields this server fills, picked from the SDK's own types so every one has Stripe's shape for the pinned API
// version; fields Ascend never reads are left out rather than invented.

export type TestCustomer = Pick<
  Stripe.Customer,
  'id' | 'object' | 'created' | 'email' | 'name' | 'metadata' | 'livemode' | 'description' | 'balance' | 'default_source' | 'invoice_prefix'
>;

export type TestProduct = Pick<Stripe.Product, 'id' | 'object' | 'active' | 'created' | 'updated' | 'name' | 'description' | 'metadata' | 'livemode' | 'images' | 'url'>;

export type TestPrice = Pick<
  Stripe.Price,
  | 'id'
  | 'object'
  | 'active'
  | 'billing_scheme'
  | 'created'
  | 'currency'
  | 'livemode'
  | 'lookup_key'
  | 'metadata'
  | 'nickname'
  | 'product'
  | 'recurring'
  | 'tax_behavior'
  | 'type'
  | 'unit_amount'
>;

export type TestSubscriptionItem = Pick<
  Stripe.SubscriptionItem,
  'id' | 'object' | 'created' | 'current_period_start' | 'current_period_end' | 'discounts' | 'metadata' | 'quantity' | 'subscription' | 'tax_rates'
> & { price: TestPrice };

export type TestSubscription = Pick<
  Stripe.Subscription,
  | 'id'
  | 'object'
  | 'application'
  | 'billing_cycle_anchor'
  | 'cancel_at'
  | 'cancel_at_period_end'
  | 'canceled_at'
  | 'cancellation_details'
  | 'collection_method'
  | 'created'
  | 'currency'
  | 'customer'
  | 'days_until_due'
  | 'default_payment_method'
  | 'description'
  | 'discounts'
  | 'ended_at'
  | 'latest_invoice'
  | 'livemode'
  | 'metadata'
  | 'on_behalf_of'
  | 'pause_collection'
  | 'pending_update'
  | 'schedule'
  | 'start_date'
  | 'status'
  | 'test_clock'
  | 'trial_end'
  | 'trial_start'
> & { items: List<TestSubscriptionItem> };

export type TestInvoiceLine = Pick<
  Stripe.InvoiceLineItem,
  | 'id'
  | 'object'
  | 'amount'
  | 'currency'
  | 'description'
  | 'discountable'
  | 'discounts'
  | 'invoice'
  | 'livemode'
  | 'metadata'
  | 'parent'
  | 'period'
  | 'pricing'
  | 'quantity'
  | 'subscription'
  | 'subtotal'
>;

export type TestInvoice = Pick<
  Stripe.Invoice,
  | 'id'
  | 'object'
  | 'account_country'
  | 'account_name'
  | 'amount_due'
  | 'amount_paid'
  | 'amount_remaining'
  | 'attempt_count'
  | 'attempted'
  | 'billing_reason'
  | 'collection_method'
  | 'created'
  | 'currency'
  | 'customer'
  | 'customer_email'
  | 'customer_name'
  | 'description'
  | 'discounts'
  | 'due_date'
  | 'effective_at'
  | 'hosted_invoice_url'
  | 'invoice_pdf'
  | 'livemode'
  | 'metadata'
  | 'next_payment_attempt'
  | 'number'
  | 'parent'
  | 'period_end'
  | 'period_start'
  | 'status'
  | 'status_transitions'
  | 'subtotal'
  | 'total'
> & { lines: List<TestInvoiceLine> };

export type TestCheckoutSession = Pick<
  Stripe.Checkout.Session,
  | 'id'
  | 'object'
  | 'amount_subtotal'
  | 'amount_total'
  | 'cancel_url'
  | 'client_reference_id'
  | 'created'
  | 'currency'
  | 'customer'
  | 'customer_details'
  | 'customer_email'
  | 'expires_at'
  | 'invoice'
  | 'livemode'
  | 'metadata'
  | 'mode'
  | 'payment_intent'
  | 'payment_method_types'
  | 'payment_status'
  | 'status'
  | 'subscription'
  | 'success_url'
  | 'ui_mode'
  | 'url'
>;

export type TestPortalSession = Pick<
  Stripe.BillingPortal.Session,
  'id' | 'object' | 'configuration' | 'created' | 'customer' | 'customer_account' | 'flow' | 'livemode' | 'locale' | 'on_behalf_of' | 'return_url' | 'url'
>;

export type TestPaymentIntent = Pick<
  Stripe.PaymentIntent,
  | 'id'
  | 'object'
  | 'amount'
  | 'amount_received'
  | 'canceled_at'
  | 'capture_method'
  | 'created'
  | 'currency'
  | 'customer'
  | 'description'
  | 'last_payment_error'
  | 'latest_charge'
  | 'livemode'
  | 'metadata'
  | 'payment_method_types'
  | 'receipt_email'
  | 'status'
>;

export type TestCharge = Pick<
  Stripe.Charge,
  | 'id'
  | 'object'
  | 'amount'
  | 'amount_captured'
  | 'amount_refunded'
  | 'captured'
  | 'created'
  | 'currency'
  | 'customer'
  | 'description'
  | 'livemode'
  | 'metadata'
  | 'paid'
  | 'payment_intent'
  | 'refunded'
  | 'status'
>;

export type TestRefund = Pick<
  Stripe.Refund,
  'id' | 'object' | 'amount' | 'charge' | 'created' | 'currency' | 'metadata' | 'payment_intent' | 'reason' | 'receipt_number' | 'status'
>;

export type TestAccount = Pick<
  Stripe.Account,
  'id' | 'object' | 'charges_enabled' | 'country' | 'created' | 'default_currency' | 'details_submitted' | 'email' | 'metadata' | 'payouts_enabled' | 'type'
>;

export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/** Every kind of object the store holds, by its `object` field. */
export interface StripeObjects {
  customer: TestCustomer;
  product: TestProduct;
  price: TestPrice;
  subscription: TestSubscription;
  invoice: TestInvoice;
  'checkout.session': TestCheckoutSession;
  'billing_portal.session': TestPortalSession;
  payment_intent: TestPaymentIntent;
  charge: TestCharge;
  refund: TestRefund;
  account: TestAccount;
}

export function list<T>(data: T[], url: string, hasMore = false): List<T> {
  return { object: 'list', data, has_more: hasMore, url };
}

/** The three plans Ascend sells, created at start under fixed ids so the app's config can name them. */
export const PLAN_PRICES = [
  { env: 'STRIPE_PRICE_SOLO', id: 'price_solo_monthly', product: 'prod_ascend_solo', name: 'Ascend Solo', amount: 4900 },
  { env: 'STRIPE_PRICE_PRACTICE', id: 'price_practice_monthly', product: 'prod_ascend_practice', name: 'Ascend Practice', amount: 12900 },
  { env: 'STRIPE_PRICE_TEAM', id: 'price_team_monthly', product: 'prod_ascend_team', name: 'Ascend Team', amount: 29900 },
] as const;

export function newProduct(id: string, name: string, created: number): TestProduct {
  return { id, object: 'product', active: true, created, updated: created, name, description: null, metadata: {}, livemode: false, images: [], url: null };
}

export function newPrice(
  id: string,
  product: string,
  created: number,
  { currency, unitAmount, interval, intervalCount = 1, active = true }: { currency: string; unitAmount: number; interval?: Stripe.Price.Recurring.Interval; intervalCount?: number; active?: boolean },
): TestPrice {
  return {
    id,
    object: 'price',
    active,
    billing_scheme: 'per_unit',
    created,
    currency,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product,
    recurring: interval ? { interval, interval_count: intervalCount, meter: null, trial_period_days: null, usage_type: 'licensed' } : null,
    tax_behavior: 'unspecified',
    type: interval ? 'recurring' : 'one_time',
    unit_amount: unitAmount,
  };
}

/** The time one billing interval after `from`, in UTC calendar terms as Stripe bills (31 Jan + 1 month = 28/29 Feb). */
export function addInterval(from: number, recurring: NonNullable<TestPrice['recurring']>): number {
  const date = new Date(from * 1000);
  const count = recurring.interval_count;
  switch (recurring.interval) {
    case 'day':
      return from + count * 86_400;
    case 'week':
      return from + count * 7 * 86_400;
    case 'year':
      return addMonths(date, 12 * count);
    default:
      return addMonths(date, count);
  }
}

function addMonths(date: Date, months: number): number {
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / 1000);
}

/** Top-level fields that changed, with their old values: Stripe's `previous_attributes` of an `*.updated` event. */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const old = before as Record<string, unknown>;
  const current = after as Record<string, unknown>;
  return Object.fromEntries(Object.keys(old).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(current[key])).map((key) => [key, old[key]]));
}

/** A deep copy, so an event keeps the object as it was when the event happened. */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
