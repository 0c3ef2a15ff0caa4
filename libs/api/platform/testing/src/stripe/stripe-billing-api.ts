import type { StripeState } from './stripe-state';
import { invalid, newId, now } from './stripe-state';
import type { TestPortalSession, TestPrice, TestSubscription, TestSubscriptionItem } from './stripe-objects';
import { previousAttributes, snapshot } from './stripe-objects';
import type { ApiCall, Route } from './stripe-params';
import { applyMetadata, oneOf, optionalArray, optionalBoolean, optionalInteger, optionalText, page, requiredText } from './stripe-params';
import { cancelSubscription, createCustomer, setCancelAtPeriodEnd } from './stripe-subscriptions';

const ID = '([^/]+)';

/** Customers, prices, subscriptions, invoices and the billing portal. */
export function billingRoutes(state: StripeState): Route[] {
  const { store, events } = state;
  return [
    {
      method: 'POST',
      path: /^\/v1\/customers$/,
      handle: ({ params, account, cause }) => {
        const customer = createCustomer(state, account, {
          email: optionalText(params, 'email') ?? null,
          name: optionalText(params, 'name') ?? null,
          metadata: applyMetadata({}, params),
        });
        events.emit('customer.created', customer, cause);
        return customer;
      },
    },
    { method: 'GET', path: new RegExp(`^/v1/customers/${ID}$`), handle: ({ account }, id) => store.get('customer', id, account) },
    {
      method: 'POST',
      path: new RegExp(`^/v1/customers/${ID}$`),
      handle: ({ params, account, cause }, id) => {
        const customer = store.get('customer', id, account);
        const before = snapshot(customer);
        const email = optionalText(params, 'email');
        const name = optionalText(params, 'name');
        if (email !== undefined) customer.email = email || null;
        if (name !== undefined) customer.name = name || null;
        customer.metadata = applyMetadata(customer.metadata, params);
        const previous = previousAttributes(before, customer);
        if (Object.keys(previous).length > 0) events.emit('customer.updated', customer, cause, previous);
        return customer;
      },
    },
    { method: 'GET', path: new RegExp(`^/v1/prices/${ID}$`), handle: ({ account }, id) => store.get('price', id, account) },
    { method: 'GET', path: new RegExp(`^/v1/products/${ID}$`), handle: ({ account }, id) => store.get('product', id, account) },
    { method: 'GET', path: new RegExp(`^/v1/subscriptions/${ID}$`), handle: ({ account }, id) => store.get('subscription', id, account) },
    {
      method: 'GET',
      path: /^\/v1\/subscriptions$/,
      handle: ({ params, account }) => {
        const customer = optionalText(params, 'customer');
        const status = optionalText(params, 'status');
        const matches = store
          .all('subscription', account)
          .filter((subscription) => !customer || subscription.customer === customer)
          .filter((subscription) => listedStatus(subscription, status));
        return page(matches, params, '/v1/subscriptions');
      },
    },
    { method: 'POST', path: new RegExp(`^/v1/subscriptions/${ID}$`), handle: (call, id) => updateSubscription(state, call, id) },
    {
      method: 'DELETE',
      path: new RegExp(`^/v1/subscriptions/${ID}$`),
      handle: ({ account, cause }, id) => {
        const subscription = store.get('subscription', id, account);
        cancelSubscription(state, subscription, cause);
        return subscription;
      },
    },
    { method: 'GET', path: new RegExp(`^/v1/invoices/${ID}$`), handle: ({ account }, id) => store.get('invoice', id, account) },
    {
      method: 'GET',
      path: /^\/v1\/invoices$/,
      handle: ({ params, account }) => {
        const customer = optionalText(params, 'customer');
        const subscription = optionalText(params, 'subscription');
        const status = optionalText(params, 'status');
        const matches = store
          .all('invoice', account)
          .filter((invoice) => !customer || invoice.customer === customer)
          .filter((invoice) => !subscription || invoice.parent?.subscription_details?.subscription === subscription)
          .filter((invoice) => !status || invoice.status === status);
        return page(matches, params, '/v1/invoices');
      },
    },
    {
      method: 'POST',
      path: /^\/v1\/billing_portal\/sessions$/,
      handle: ({ params, account }) => {
        const customer = store.get('customer', requiredText(params, 'customer'), account, 'customer');
        const id = newId('bps_');
        const session: TestPortalSession = {
          id,
          object: 'billing_portal.session',
          configuration: 'bpc_ascend_default',
          created: now(),
          customer: customer.id,
          customer_account: null,
          flow: null,
          livemode: false,
          locale: null,
          on_behalf_of: null,
          return_url: optionalText(params, 'return_url') ?? null,
          url: `${state.url}/portal/${id}`,
        };
        return store.put(session, account);
      },
    },
  ];
}

// Without a status Stripe lists every subscription that has not ended.
function listedStatus(subscription: TestSubscription, status: string | undefined): boolean {
  if (status === 'all') return true;
  if (status === 'ended') return subscription.status === 'canceled' || subscription.status === 'incomplete_expired';
  if (status) return subscription.status === status;
  return subscription.status !== 'canceled' && subscription.status !== 'incomplete_expired';
}

function updateSubscription(state: StripeState, { params, account, cause }: ApiCall, id: string): TestSubscription {
  const subscription = state.store.get('subscription', id, account);
  const before = snapshot(subscription);
  const cancel = optionalBoolean(params, 'cancel_at_period_end');
  const cancelAt = optionalInteger(params, 'cancel_at');
  const items = optionalArray(params, 'items') ?? [];
  oneOf(optionalText(params, 'proration_behavior'), ['create_prorations', 'none', 'always_invoice'], 'proration_behavior');
  if (subscription.status === 'canceled' && (cancel !== undefined || items.length > 0)) {
    throw invalid('id', 'A canceled subscription can only update its cancellation_details and metadata.');
  }
  const changes = items.map((change, index) => {
    const param = (name: string) => `items[${index}][${name}]`;
    const itemId = optionalText(change, 'id', param('id'));
    const item = itemId ? subscription.items.data.find((candidate) => candidate.id === itemId) : undefined;
    if (itemId && !item) throw invalid(param('id'), `Invalid subscription_item id: ${itemId}`);
    const priceId = item ? optionalText(change, 'price', param('price')) : requiredText(change, 'price', param('price'));
    const price = priceId ? state.store.get('price', priceId, account, param('price')) : undefined;
    if (price && (!price.recurring || price.currency !== subscription.currency)) {
      throw invalid(param('price'), `The price ${price.id} must be recurring and in ${subscription.currency} to be on this subscription.`);
    }
    const quantity = optionalInteger(change, 'quantity', param('quantity'));
    if (quantity !== undefined && quantity < 1) throw invalid(param('quantity'), 'Invalid quantity: must be at least 1');
    return { item, price, quantity };
  });
  // Validated in full before anything changes: a refused update leaves the subscription as it was.
  for (const { item, price, quantity } of changes) {
    if (item) {
      if (price) item.price = snapshot(price);
      if (quantity !== undefined) item.quantity = quantity;
    } else if (price) {
      subscription.items.data.push(newItem(subscription, price, quantity ?? 1));
    }
  }
  if (cancel !== undefined && cancel !== subscription.cancel_at_period_end) setCancelAtPeriodEnd(subscription, cancel);
  if (cancelAt !== undefined) subscription.cancel_at = cancelAt;
  subscription.metadata = applyMetadata(subscription.metadata, params);
  const previous = previousAttributes(before, subscription);
  if (Object.keys(previous).length > 0) state.events.emit('customer.subscription.updated', subscription, cause, previous);
  return subscription;
}

// A price added to a running subscription shares the current period of its first item.
function newItem(subscription: TestSubscription, price: TestPrice, quantity: number): TestSubscriptionItem {
  const [first] = subscription.items.data;
  return {
    id: newId('si_', 14),
    object: 'subscription_item',
    created: now(),
    current_period_start: first.current_period_start,
    current_period_end: first.current_period_end,
    discounts: [],
    metadata: {},
    price: snapshot(price),
    quantity,
    subscription: subscription.id,
    tax_rates: [],
  };
}
