import type Stripe from 'stripe';
import type { StripeState } from './stripe-state';
import { invalid, newId, now, StripeApiError } from './stripe-state';
import type { TestAccount, TestRefund } from './stripe-objects';
import { previousAttributes, snapshot } from './stripe-objects';
import type { ApiCall, Route } from './stripe-params';
import { applyMetadata, oneOf, optionalInteger, optionalText, requiredText } from './stripe-params';

const ID = '([^/]+)';
/** Stripe's account links last a few minutes and work once. */
const LINK_LIFETIME = 300;

/** Connected accounts, their onboarding links, and what a practice does with its own payments (refunds). */
export function connectRoutes(state: StripeState): Route[] {
  const { store } = state;
  return [
    {
      method: 'POST',
      path: /^\/v1\/accounts$/,
      handle: ({ params }) => {
        const account: TestAccount = {
          id: newId('acct_', 16),
          object: 'account',
          charges_enabled: false,
          country: optionalText(params, 'country') ?? 'US',
          created: now(),
          default_currency: 'usd',
          details_submitted: false,
          email: optionalText(params, 'email') ?? null,
          metadata: applyMetadata({}, params),
          payouts_enabled: false,
          type: oneOf(optionalText(params, 'type'), ['standard', 'express', 'custom'], 'type') ?? 'standard',
        };
        return store.put(account);
      },
    },
    // Accounts belong to the platform, whichever account the request acts for.
    { method: 'GET', path: new RegExp(`^/v1/accounts/${ID}$`), handle: (_call, id) => store.get('account', id) },
    {
      method: 'POST',
      path: /^\/v1\/account_links$/,
      handle: ({ params }): Stripe.AccountLink => {
        const account = store.get('account', requiredText(params, 'account'), undefined, 'account');
        oneOf(requiredText(params, 'type'), ['account_onboarding', 'account_update'], 'type');
        const link = { account: account.id, refreshUrl: requiredText(params, 'refresh_url'), returnUrl: requiredText(params, 'return_url') };
        const id = newId('link_');
        const created = now();
        state.accountLinks.set(id, { ...link, expiresAt: created + LINK_LIFETIME, used: false });
        return { object: 'account_link', created, expires_at: created + LINK_LIFETIME, url: `${state.url}/connect/${id}` };
      },
    },
    { method: 'GET', path: new RegExp(`^/v1/payment_intents/${ID}$`), handle: ({ account }, id) => store.get('payment_intent', id, account) },
    { method: 'GET', path: new RegExp(`^/v1/charges/${ID}$`), handle: ({ account }, id) => store.get('charge', id, account) },
    { method: 'POST', path: /^\/v1\/refunds$/, handle: (call) => refund(state, call) },
  ];
}

function refund(state: StripeState, { params, account, cause }: ApiCall): TestRefund {
  const intentId = requiredText(params, 'payment_intent');
  const intent = state.store.get('payment_intent', intentId, account, 'payment_intent');
  const charge = intent.latest_charge ? state.store.find('charge', intent.latest_charge as string, account) : undefined;
  if (intent.status !== 'succeeded' || !charge) {
    throw invalid('payment_intent', `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`);
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining === 0) throw invalid('payment_intent', `Charge ${charge.id} has already been refunded.`, 'charge_already_refunded');
  const amount = optionalInteger(params, 'amount') ?? remaining;
  if (amount < 1) throw invalid('amount', 'Invalid positive integer');
  if (amount > remaining) {
    throw invalid('amount', `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount_too_large');
  }
  const reason = oneOf(optionalText(params, 'reason'), ['duplicate', 'fraudulent', 'requested_by_customer'], 'reason');
  const metadata = applyMetadata({}, params);
  const before = snapshot(charge);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const created: TestRefund = {
    id: newId('re_'),
    object: 'refund',
    amount,
    charge: charge.id,
    created: now(),
    currency: charge.currency,
    metadata,
    payment_intent: intent.id,
    reason: reason ?? null,
    receipt_number: null,
    status: 'succeeded',
  };
  state.store.put(created, account);
  state.events.emit('charge.refunded', charge, cause, previousAttributes(before, charge));
  state.events.emit('refund.created', created, cause);
  return created;
}

/**
 * The connected account's owner finishes onboarding on the link's page: the account can take payments, and Stripe
 * tells the platform with account.updated. Returns where the browser goes next: the return URL, or the refresh
 * URL for a link that was used already or has expired (as Stripe does).
 */
export function completeOnboarding(state: StripeState, linkId: string): string {
  const link = state.accountLinks.get(linkId);
  if (!link) throw new StripeApiError(404, 'invalid_request_error', `No such account link: '${linkId}'`, { code: 'resource_missing' });
  if (link.used || link.expiresAt < now()) return link.refreshUrl;
  link.used = true;
  const account = state.store.get('account', link.account);
  const before = snapshot(account);
  account.charges_enabled = true;
  account.details_submitted = true;
  account.payouts_enabled = true;
  state.events.emit('account.updated', account, { account: account.id }, previousAttributes(before, account));
  return link.returnUrl;
}

/** Whether a link still opens its page (or sends the visitor to the refresh URL). */
export function usableLink(state: StripeState, linkId: string): { usable: boolean; refreshUrl: string } | undefined {
  const link = state.accountLinks.get(linkId);
  return link && { usable: !link.used && link.expiresAt >= now(), refreshUrl: link.refreshUrl };
}
