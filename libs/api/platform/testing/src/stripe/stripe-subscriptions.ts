import type Stripe from 'stripe';
import type { Cause, StripeState } from './stripe-state';
import { invalid, newId, now } from './stripe-state';
import type { TestCustomer, TestInvoice, TestInvoiceLine, TestPrice, TestSubscription, TestSubscriptionItem } from './stripe-objects';
import { addInterval, list, previousAttributes, snapshot } from './stripe-objects';

const DAY = 86_400;
/** Stripe's default smart-retry spacing is days; the exact delay only shows in `next_payment_attempt`. */
const RETRY_AFTER = 3 * DAY;

export function createCustomer(
  state: StripeState,
  account: string | undefined,
  fields: { email: string | null; name: string | null; metadata: Record<string, string> },
): TestCustomer {
  const customer: TestCustomer = {
    id: newId('cus_', 14),
    object: 'customer',
    created: now(),
    email: fields.email,
    name: fields.name,
    metadata: fields.metadata,
    livemode: false,
    description: null,
    balance: 0,
    default_source: null,
    invoice_prefix: newId('', 8).toUpperCase(),
  };
  return state.store.put(customer, account);
}

/** A price's product name, wherever the product lives (inline prices' products live in the paying account). */
export function productName(state: StripeState, price: TestPrice, account: string | undefined): string {
  const id = price.product as string;
  return (state.store.find('product', id, account) ?? state.store.find('product', id))?.name ?? id;
}

/** What completing a subscription checkout creates: the subscription and its first invoice, with their events. */
export function startSubscription(
  state: StripeState,
  cause: Cause,
  plan: { customer: string; lines: { price: TestPrice; quantity: number }[]; trialDays?: number; metadata: Record<string, string> },
): TestSubscription {
  const created = now();
  const trialEnd = plan.trialDays ? created + plan.trialDays * DAY : null;
  const id = newId('sub_');
  const items: TestSubscriptionItem[] = plan.lines.map(({ price, quantity }) => ({
    id: newId('si_', 14),
    object: 'subscription_item',
    created,
    current_period_start: created,
    current_period_end: trialEnd ?? addInterval(created, recurringOf(price)),
    discounts: [],
    metadata: {},
    price: snapshot(price),
    quantity,
    subscription: id,
    tax_rates: [],
  }));
  const subscription: TestSubscription = {
    id,
    object: 'subscription',
    application: null,
    billing_cycle_anchor: items[0].current_period_end,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created,
    currency: plan.lines[0].price.currency,
    customer: plan.customer,
    days_until_due: null,
    default_payment_method: null,
    description: null,
    discounts: [],
    ended_at: null,
    items: list(items, `/v1/subscription_items?subscription=${id}`),
    latest_invoice: null,
    livemode: false,
    metadata: plan.metadata,
    on_behalf_of: null,
    pause_collection: null,
    pending_update: null,
    schedule: null,
    start_date: created,
    status: trialEnd ? 'trialing' : 'active',
    test_clock: null,
    trial_end: trialEnd,
    trial_start: trialEnd ? created : null,
  };
  state.store.put(subscription, cause.account);
  const invoice = issueInvoice(state, cause.account, subscription, { reason: 'subscription_create', paid: true, trial: !!trialEnd, period: [created, created] });
  subscription.latest_invoice = invoice.id;
  state.events.emit('customer.subscription.created', subscription, cause);
  announcePaid(state, invoice, cause);
  return subscription;
}

function recurringOf(price: TestPrice): NonNullable<TestPrice['recurring']> {
  if (!price.recurring) throw new Error(`Price ${price.id} is not recurring`);
  return price.recurring;
}

/**
 * A finalized invoice for the subscription's current period. `period` is the invoice's own period, which Stripe
 * sets to the period just ended (the creation time for a first invoice); the lines carry the period billed.
 */
function issueInvoice(
  state: StripeState,
  account: string | undefined,
  subscription: TestSubscription,
  { reason, paid, trial = false, period }: { reason: Stripe.Invoice.BillingReason; paid: boolean; trial?: boolean; period: [number, number] },
): TestInvoice {
  const created = now();
  const id = newId('in_');
  const customer = state.store.get('customer', subscription.customer as string, account);
  const lines: TestInvoiceLine[] = subscription.items.data.map((item) => {
    const quantity = item.quantity ?? 1;
    const amount = trial ? 0 : (item.price.unit_amount ?? 0) * quantity;
    const name = productName(state, item.price, account);
    const recurring = recurringOf(item.price);
    return {
      id: newId('il_', 14),
      object: 'line_item',
      amount,
      currency: item.price.currency,
      description: trial ? `Trial period for ${name}` : `${quantity} × ${name} (at ${money(item.price.unit_amount ?? 0, item.price.currency)} / ${recurring.interval})`,
      discountable: true,
      discounts: [],
      invoice: id,
      livemode: false,
      metadata: {},
      parent: {
        type: 'subscription_item_details',
        invoice_item_details: null,
        subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: subscription.id, subscription_item: item.id },
      },
      period: { start: item.current_period_start, end: item.current_period_end },
      pricing: { type: 'price_details', price_details: { price: item.price.id, product: item.price.product as string }, unit_amount_decimal: null },
      quantity,
      subscription: subscription.id,
      subtotal: amount,
    };
  });
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const earlier = state.store.all('invoice', account).filter((invoice) => invoice.customer === customer.id).length;
  const invoice: TestInvoice = {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Ascend',
    amount_due: total,
    amount_paid: paid ? total : 0,
    amount_remaining: paid ? 0 : total,
    attempt_count: 1,
    attempted: true,
    billing_reason: reason,
    collection_method: 'charge_automatically',
    created,
    currency: subscription.currency,
    customer: customer.id,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    description: null,
    discounts: [],
    due_date: null,
    effective_at: created,
    hosted_invoice_url: `${state.url}/invoices/${id}`,
    invoice_pdf: `${state.url}/invoices/${id}/pdf`,
    lines: list(lines, `/v1/invoices/${id}/lines`),
    livemode: false,
    metadata: {},
    next_payment_attempt: paid ? null : created + RETRY_AFTER,
    number: `${customer.invoice_prefix}-${String(earlier + 1).padStart(4, '0')}`,
    parent: { type: 'subscription_details', quote_details: null, subscription_details: { metadata: subscription.metadata, subscription: subscription.id } },
    period_end: period[1],
    period_start: period[0],
    status: paid ? 'paid' : 'open',
    status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
    subtotal: total,
    total,
  };
  return state.store.put(invoice, account);
}

export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

function announcePaid(state: StripeState, invoice: TestInvoice, cause: Cause): void {
  state.events.emit('invoice.paid', invoice, cause);
  state.events.emit('invoice.payment_succeeded', invoice, cause);
}

function locateSubscription(state: StripeState, id: string, allowed: TestSubscription['status'][], what: string) {
  const { object: subscription, account } = state.store.locate('subscription', id);
  if (!allowed.includes(subscription.status)) {
    throw new Error(`Cannot ${what} subscription ${id}: it is ${subscription.status} (expected ${allowed.join(' or ')})`);
  }
  return { subscription, cause: { account } satisfies Cause, before: snapshot(subscription) };
}

/**
 * The period rolls over and Stripe charges for the next one: paid (the subscription stays or becomes active) or
 * declined (the invoice stays open and the subscription goes past_due). A subscription set to cancel at period end
 * ends instead.
 */
export function renewSubscription(state: StripeState, id: string, outcome: 'paid' | 'declined', from: TestSubscription['status'][]): void {
  const { subscription, cause, before } = locateSubscription(state, id, from, 'renew');
  if (subscription.cancel_at_period_end) {
    subscription.status = 'canceled';
    subscription.ended_at = subscription.items.data[0].current_period_end;
    state.events.emit('customer.subscription.deleted', subscription, cause);
    return;
  }
  const period: [number, number] = [subscription.items.data[0].current_period_start, subscription.items.data[0].current_period_end];
  for (const item of subscription.items.data) {
    item.current_period_start = item.current_period_end;
    item.current_period_end = addInterval(item.current_period_start, recurringOf(item.price));
  }
  const invoice = issueInvoice(state, cause.account, subscription, { reason: 'subscription_cycle', paid: outcome === 'paid', period });
  subscription.latest_invoice = invoice.id;
  subscription.status = outcome === 'paid' ? 'active' : 'past_due';
  if (outcome === 'paid') {
    state.events.emit('customer.subscription.updated', subscription, cause, previousAttributes(before, subscription));
    announcePaid(state, invoice, cause);
  } else {
    state.events.emit('invoice.payment_failed', invoice, cause);
    state.events.emit('customer.subscription.updated', subscription, cause, previousAttributes(before, subscription));
  }
}

/** The customer fixes their card: the open invoice is paid and the subscription is active again. */
export function recoverSubscription(state: StripeState, id: string): void {
  const { subscription, cause, before } = locateSubscription(state, id, ['past_due', 'unpaid'], 'recover');
  const invoice = subscription.latest_invoice ? state.store.find('invoice', subscription.latest_invoice as string, cause.account) : undefined;
  if (!invoice || invoice.status !== 'open') throw new Error(`Subscription ${id} has no open invoice to pay`);
  const paidAt = now();
  invoice.status = 'paid';
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.attempt_count += 1;
  invoice.next_payment_attempt = null;
  invoice.status_transitions.paid_at = paidAt;
  subscription.status = 'active';
  announcePaid(state, invoice, cause);
  state.events.emit('customer.subscription.updated', subscription, cause, previousAttributes(before, subscription));
}

/** Sets or clears a pending cancellation, with the fields Stripe keeps alongside it. */
export function setCancelAtPeriodEnd(subscription: TestSubscription, cancel: boolean): void {
  subscription.cancel_at_period_end = cancel;
  subscription.cancel_at = cancel ? subscription.items.data[0].current_period_end : null;
  subscription.canceled_at = cancel ? now() : null;
  subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: cancel ? 'cancellation_requested' : null };
}

/** Ends a subscription now (DELETE /v1/subscriptions/:id). */
export function cancelSubscription(state: StripeState, subscription: TestSubscription, cause: Cause): void {
  if (subscription.status === 'canceled') throw invalid('id', `The subscription ${subscription.id} has already been canceled.`);
  const at = now();
  subscription.status = 'canceled';
  subscription.canceled_at = at;
  subscription.ended_at = at;
  subscription.cancel_at_period_end = false;
  subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: 'cancellation_requested' };
  state.events.emit('customer.subscription.deleted', subscription, cause);
}

