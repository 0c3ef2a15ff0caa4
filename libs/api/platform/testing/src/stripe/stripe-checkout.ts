import type { CheckoutPlan, StripeState } from './stripe-state';
import { invalid, newId, now, StripeApiError } from './stripe-state';
import type { TestCharge, TestCheckoutSession, TestPaymentIntent, TestPrice } from './stripe-objects';
import { newPrice, newProduct } from './stripe-objects';
import type { ApiCall, Params, Route } from './stripe-params';
import { applyMetadata, oneOf, optionalArray, optionalInteger, optionalObject, optionalText, requiredText } from './stripe-params';
import { createCustomer, startSubscription } from './stripe-subscriptions';

const ID = '([^/]+)';
const MIN_EXPIRY = 30 * 60;
const MAX_EXPIRY = 24 * 60 * 60;

export function checkoutRoutes(state: StripeState): Route[] {
  return [
    { method: 'POST', path: /^\/v1\/checkout\/sessions$/, handle: (call) => createSession(state, call) },
    { method: 'GET', path: new RegExp(`^/v1/checkout/sessions/${ID}$`), handle: ({ account }, id) => state.store.get('checkout.session', id, account) },
    {
      method: 'POST',
      path: new RegExp(`^/v1/checkout/sessions/${ID}/expire$`),
      handle: ({ account, cause }, id) => {
        const session = state.store.get('checkout.session', id, account);
        expireSession(state, session, cause);
        return session;
      },
    },
  ];
}

type LineSpec = { quantity: number } & ({ price: TestPrice } | { data: { currency: string; unitAmount: number; name: string; interval?: 'day' | 'week' | 'month' | 'year' } });

function createSession(state: StripeState, { params, account }: ApiCall): TestCheckoutSession {
  const created = now();
  const mode = oneOf(requiredText(params, 'mode'), ['payment', 'subscription'], 'mode') as 'payment' | 'subscription';
  const lines = (optionalArray(params, 'line_items') ?? []).map((line, index) => lineSpec(state, line, index, account));
  if (lines.length === 0) throw invalid('line_items', 'Missing required param: line_items.', 'parameter_missing');
  const currencies = new Set(lines.map(lineCurrency));
  if (currencies.size > 1) throw invalid('line_items', 'All line items must be in the same currency.');
  const recurring = lines.map(isRecurring);
  if (mode === 'subscription' && !recurring.every(Boolean)) {
    throw invalid('line_items', 'You must provide only recurring prices in `subscription` mode (one-time items are not simulated by the test server).');
  }
  if (mode === 'payment' && recurring.some(Boolean)) {
    throw invalid('line_items', 'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.');
  }

  const customerId = optionalText(params, 'customer');
  const customerEmail = optionalText(params, 'customer_email');
  if (customerId && customerEmail) throw invalid('customer_email', 'You may only specify one of these parameters: customer, customer_email.');
  const customer = customerId ? state.store.get('customer', customerId, account, 'customer') : undefined;

  const subscriptionData = optionalObject(params, 'subscription_data');
  const paymentData = optionalObject(params, 'payment_intent_data');
  if (subscriptionData && mode !== 'subscription') throw invalid('subscription_data', 'You can only specify `subscription_data` in `subscription` mode.');
  if (paymentData && mode !== 'payment') throw invalid('payment_intent_data', 'You can only specify `payment_intent_data` in `payment` mode.');
  const trialDays = subscriptionData ? optionalInteger(subscriptionData, 'trial_period_days', 'subscription_data[trial_period_days]') : undefined;
  if (trialDays !== undefined && (trialDays < 1 || trialDays > 730)) {
    throw invalid('subscription_data[trial_period_days]', 'The trial period must be between 1 and 730 days.');
  }

  const expiresAt = optionalInteger(params, 'expires_at') ?? created + MAX_EXPIRY;
  if (expiresAt < created + MIN_EXPIRY) throw invalid('expires_at', 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.');
  if (expiresAt > created + MAX_EXPIRY) throw invalid('expires_at', 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.');
  const clientReference = optionalText(params, 'client_reference_id');
  if (clientReference && clientReference.length > 200) throw invalid('client_reference_id', 'client_reference_id must be at most 200 characters.');
  const plan: Omit<CheckoutPlan, 'lines'> = {
    trialDays,
    subscriptionMetadata: subscriptionData ? applyMetadata({}, subscriptionData) : {},
    paymentMetadata: paymentData ? applyMetadata({}, paymentData) : {},
  };
  const metadata = applyMetadata({}, params);

  // Everything is valid: only now are inline prices written, so a refused request leaves nothing behind.
  const priced = lines.map((line) => ({ price: 'price' in line ? line.price : inlinePrice(state, line.data, created, account), quantity: line.quantity }));
  const amount = priced.reduce((sum, line) => sum + (line.price.unit_amount ?? 0) * line.quantity, 0);
  const id = newId('cs_test_', 58);
  const session: TestCheckoutSession = {
    id,
    object: 'checkout.session',
    amount_subtotal: trialDays ? 0 : amount,
    amount_total: trialDays ? 0 : amount,
    cancel_url: optionalText(params, 'cancel_url') ?? null,
    client_reference_id: clientReference ?? null,
    created,
    currency: priced[0].price.currency,
    customer: customer?.id ?? null,
    customer_details: null,
    customer_email: customerEmail ?? null,
    expires_at: expiresAt,
    invoice: null,
    livemode: false,
    metadata,
    mode,
    payment_intent: null,
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    status: 'open',
    subscription: null,
    success_url: optionalText(params, 'success_url') ?? null,
    ui_mode: 'hosted_page',
    url: `${state.url}/pay/${id}`,
  };
  state.checkoutPlans.set(id, { ...plan, lines: priced.map((line) => ({ price: line.price.id, quantity: line.quantity })) });
  return state.store.put(session, account);
}

function lineSpec(state: StripeState, line: Params, index: number, account: string | undefined): LineSpec {
  const param = (name: string) => `line_items[${index}][${name}]`;
  const quantity = optionalInteger(line, 'quantity', param('quantity'));
  if (quantity === undefined) throw invalid(param('quantity'), `Missing required param: ${param('quantity')}.`, 'parameter_missing');
  if (quantity < 1) throw invalid(param('quantity'), 'Invalid quantity: must be at least 1');
  const priceId = optionalText(line, 'price', param('price'));
  const data = optionalObject(line, 'price_data', param('price_data'));
  if (priceId && data) throw invalid(param('price_data'), 'You may only specify one of these parameters: price, price_data.');
  if (priceId) return { price: state.store.get('price', priceId, account, param('price')), quantity };
  if (!data) throw invalid(param('price'), `Missing required param: ${param('price')}.`, 'parameter_missing');
  const dataParam = (name: string) => `line_items[${index}][price_data][${name}]`;
  const unitAmount = optionalInteger(data, 'unit_amount', dataParam('unit_amount'));
  if (unitAmount === undefined || unitAmount < 0) throw invalid(dataParam('unit_amount'), `Missing required param: ${dataParam('unit_amount')}.`, 'parameter_missing');
  const product = optionalObject(data, 'product_data', dataParam('product_data'));
  if (!product) throw invalid(dataParam('product_data'), `Missing required param: ${dataParam('product_data')}.`, 'parameter_missing');
  const recurring = optionalObject(data, 'recurring', dataParam('recurring'));
  return {
    quantity,
    data: {
      currency: requiredText(data, 'currency', dataParam('currency')).toLowerCase(),
      unitAmount,
      name: requiredText(product, 'name', `${dataParam('product_data')}[name]`),
      interval: recurring
        ? oneOf(requiredText(recurring, 'interval', `${dataParam('recurring')}[interval]`), ['day', 'week', 'month', 'year'], `${dataParam('recurring')}[interval]`)
        : undefined,
    },
  };
}

function lineCurrency(line: LineSpec): string {
  return 'price' in line ? line.price.currency : line.data.currency;
}

function isRecurring(line: LineSpec): boolean {
  return 'price' in line ? !!line.price.recurring : !!line.data.interval;
}

// Stripe creates an inactive product and price for each price_data line, owned by the session's account.
function inlinePrice(state: StripeState, data: Extract<LineSpec, { data: unknown }>['data'], created: number, account: string | undefined): TestPrice {
  const product = state.store.put(newProduct(newId('prod_', 14), data.name, created), account);
  product.active = false;
  const price = newPrice(newId('price_'), product.id, created, { currency: data.currency, unitAmount: data.unitAmount, interval: data.interval, active: false });
  return state.store.put(price, account);
}

function expireSession(state: StripeState, session: TestCheckoutSession, cause: { account?: string }): void {
  if (session.status !== 'open') throw invalid('session', 'Only Checkout Sessions with a status in ["open"] can be expired.');
  session.status = 'expired';
  session.url = null;
  state.events.emit('checkout.session.expired', session, cause);
}

/** What the hosted page does when the buyer pays, or when their card is declined. */
export function completeCheckout(state: StripeState, id: string, outcome: 'paid' | 'declined'): void {
  const { object: session, account } = state.store.locate('checkout.session', id);
  if (session.status !== 'open') throw new StripeApiError(400, 'invalid_request_error', `Checkout session ${id} is ${session.status}, not open`);
  const plan = state.checkoutPlans.get(id);
  if (!plan) throw new Error(`Checkout session ${id} has no plan`);
  const cause = { account };
  if (session.mode === 'subscription') {
    // A declined card in subscription mode only shows on the page: nothing is created and no event is sent.
    if (outcome === 'declined') return;
    const customer = session.customer
      ? state.store.get('customer', session.customer as string, account)
      : createCustomer(state, account, { email: session.customer_email, name: null, metadata: {} });
    if (!session.customer) state.events.emit('customer.created', customer, cause);
    const subscription = startSubscription(state, cause, {
      customer: customer.id,
      lines: plan.lines.map((line) => ({ price: state.store.get('price', line.price, account), quantity: line.quantity })),
      trialDays: plan.trialDays,
      metadata: plan.subscriptionMetadata,
    });
    session.customer = customer.id;
    session.subscription = subscription.id;
    session.invoice = subscription.latest_invoice;
    session.payment_status = plan.trialDays ? 'no_payment_required' : 'paid';
    finish(session, customer.email);
  } else {
    const intent = session.payment_intent ? state.store.get('payment_intent', session.payment_intent as string, account) : newPaymentIntent(state, session, plan, account);
    session.payment_intent = intent.id;
    if (outcome === 'declined') {
      intent.status = 'requires_payment_method';
      intent.last_payment_error = { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' };
      state.events.emit('payment_intent.payment_failed', intent, cause);
      return;
    }
    const charge = newCharge(state, intent, account);
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    intent.latest_charge = charge.id;
    intent.last_payment_error = null;
    state.events.emit('payment_intent.succeeded', intent, cause);
    session.payment_status = 'paid';
    finish(session, session.customer_email);
  }
  state.events.emit('checkout.session.completed', session, cause);
}

function finish(session: TestCheckoutSession, email: string | null): void {
  session.status = 'complete';
  session.url = null;
  session.customer_details = { address: null, business_name: null, email, individual_name: null, name: null, phone: null, tax_exempt: 'none', tax_ids: [] };
}

export function expireCheckout(state: StripeState, id: string): void {
  const { object: session, account } = state.store.locate('checkout.session', id);
  expireSession(state, session, { account });
}

function newPaymentIntent(state: StripeState, session: TestCheckoutSession, plan: CheckoutPlan, account: string | undefined): TestPaymentIntent {
  const intent: TestPaymentIntent = {
    id: newId('pi_'),
    object: 'payment_intent',
    amount: session.amount_total ?? 0,
    amount_received: 0,
    canceled_at: null,
    capture_method: 'automatic',
    created: now(),
    currency: session.currency ?? 'usd',
    customer: session.customer,
    description: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: plan.paymentMetadata,
    payment_method_types: ['card'],
    receipt_email: session.customer_email,
    status: 'requires_payment_method',
  };
  return state.store.put(intent, account);
}

function newCharge(state: StripeState, intent: TestPaymentIntent, account: string | undefined): TestCharge {
  const charge: TestCharge = {
    id: newId('ch_'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: intent.amount,
    amount_refunded: 0,
    captured: true,
    created: now(),
    currency: intent.currency,
    customer: intent.customer,
    description: null,
    livemode: false,
    metadata: intent.metadata,
    paid: true,
    payment_intent: intent.id,
    refunded: false,
    status: 'succeeded',
  };
  return state.store.put(charge, account);
}
