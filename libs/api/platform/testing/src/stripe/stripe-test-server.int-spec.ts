import Stripe from 'stripe';
import { startStripeTestServer, type StripeTestServer } from './index';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

const DAY = 86_400;

describe('Stripe test server: API, checkout and a subscription\'s life', () => {
  let stripe: StripeTestServer;
  let receiver: WebhookReceiver;
  let sdk: Stripe;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    stripe = await startStripeTestServer({ webhookUrl: receiver.url });
    sdk = stripe.client();
  });
  afterAll(async () => {
    await stripe.close();
    await receiver.close();
  });
  beforeEach(async () => {
    await stripe.deliverPending();
    receiver.clear();
  });

  async function subscribe(email: string, extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
    const session = await sdk.checkout.sessions.create({
      mode: 'subscription',
      customer_email: email,
      line_items: [{ price: 'price_solo_monthly', quantity: 1 }],
      success_url: 'http://app.test/billing/done?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://app.test/billing',
      ...extra,
    });
    await stripe.completeCheckout(session.id);
    const completed = await sdk.checkout.sessions.retrieve(session.id);
    return sdk.subscriptions.retrieve(completed.subscription as string);
  }

  it('refuses a wrong or missing key with 401 in Stripe\'s format', async () => {
    const intruder = new Stripe('sk_test_wrong_key_1234', { host: '127.0.0.1', port: stripe.port, protocol: 'http', maxNetworkRetries: 0 });
    await expect(intruder.customers.create({ email: 'mira@example.test' })).rejects.toMatchObject({ type: 'StripeAuthenticationError', statusCode: 401 });

    const response = await fetch(`${stripe.url}/v1/customers/cus_anything`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { type: 'invalid_request_error', message: expect.stringContaining('did not provide an API key') } });
    expect(stripe.events.filter((event) => event.type === 'customer.created' && JSON.stringify(event).includes('mira@'))).toEqual([]);
  });

  it('answers an unknown id with resource_missing and a missing parameter with its name', async () => {
    const error = await sdk.customers.retrieve('cus_nobody').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id', message: "No such customer: 'cus_nobody'" });

    await expect(sdk.checkout.sessions.create({ line_items: [{ price: 'price_solo_monthly', quantity: 1 }] } as Stripe.Checkout.SessionCreateParams)).rejects.toMatchObject({
      statusCode: 400,
      param: 'mode',
    });
    const tooSoon = Math.floor(Date.now() / 1000) + 10 * 60;
    await expect(
      sdk.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_solo_monthly', quantity: 1 }], expires_at: tooSoon }),
    ).rejects.toMatchObject({ statusCode: 400, param: 'expires_at' });
    await expect(sdk.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_team_monthly', quantity: 1 }] })).rejects.toMatchObject({
      param: 'line_items',
    });
  });

  it('replays a request sent again with its idempotency key, and refuses the key with other parameters', async () => {
    const key = `coach-signup-${Date.now()}`;
    const first = await sdk.customers.create({ email: 'noor@example.test', metadata: { practice: 'harbour' } }, { idempotencyKey: key });
    const again = await sdk.customers.create({ email: 'noor@example.test', metadata: { practice: 'harbour' } }, { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(stripe.events.filter((event) => event.type === 'customer.created' && (event.data.object as Stripe.Customer).id === first.id)).toHaveLength(1);

    await expect(sdk.customers.create({ email: 'other@example.test' }, { idempotencyKey: key })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(stripe.requests.filter((request) => request.idempotencyKey === key)).toHaveLength(3);
  });

  it('completes a subscription checkout through the hosted page and delivers signed events in Stripe\'s order', async () => {
    const session = await sdk.checkout.sessions.create({
      mode: 'subscription',
      customer_email: 'ines@example.test',
      client_reference_id: 'practice-17',
      line_items: [{ price: 'price_solo_monthly', quantity: 1 }],
      subscription_data: { metadata: { practiceId: 'practice-17' } },
      metadata: { practiceId: 'practice-17' },
      success_url: 'http://app.test/billing/done?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://app.test/billing',
    });
    expect(session).toMatchObject({ status: 'open', payment_status: 'unpaid', amount_total: 4900, currency: 'usd', url: `${stripe.url}/pay/${session.id}` });

    const pageHtml = await (await fetch(session.url!)).text();
    expect(pageHtml).toContain('Ascend Solo');
    expect(pageHtml).toContain('$49.00');
    expect(pageHtml).toMatch(/id="pay"[\s\S]*id="decline"[\s\S]*id="cancel"/);
    const paid = await fetch(`${stripe.url}/pay/${session.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://app.test/billing/done?session=${session.id}`);

    // The redirect waited for delivery: everything is already at the receiver.
    expect(receiver.types()).toEqual(['customer.created', 'customer.subscription.created', 'invoice.paid', 'invoice.payment_succeeded', 'checkout.session.completed']);
    for (const webhook of receiver.received) {
      expect(Stripe.webhooks.constructEvent(webhook.body, webhook.signature, stripe.webhookSecret, 300).id).toBe(webhook.event.id);
      expect(() => Stripe.webhooks.constructEvent(webhook.body, webhook.signature, 'whsec_someone_else', 300)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    }
    const completed = receiver.received[4].event.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({ id: session.id, status: 'complete', payment_status: 'paid', client_reference_id: 'practice-17', metadata: { practiceId: 'practice-17' } });

    const subscription = await sdk.subscriptions.retrieve(completed.subscription as string);
    const [item] = subscription.items.data;
    const expanded = await sdk.checkout.sessions.retrieve(session.id, { expand: ['subscription.latest_invoice', 'customer'] });
    expect(expanded.subscription).toMatchObject({ id: subscription.id, latest_invoice: { id: subscription.latest_invoice, status: 'paid' } });
    expect(expanded.customer).toMatchObject({ object: 'customer', email: 'ines@example.test' });
    expect(subscription).toMatchObject({ status: 'active', customer: completed.customer, metadata: { practiceId: 'practice-17' }, trial_end: null });
    expect(item.price.id).toBe('price_solo_monthly');
    expect(item.current_period_end - item.current_period_start).toBeGreaterThanOrEqual(28 * DAY);
    expect(item.current_period_end - item.current_period_start).toBeLessThanOrEqual(31 * DAY);

    const invoices = await sdk.invoices.list({ customer: completed.customer as string, limit: 10 });
    expect(invoices.data).toEqual([
      expect.objectContaining({ status: 'paid', amount_paid: 4900, currency: 'usd', parent: expect.objectContaining({ subscription_details: expect.objectContaining({ subscription: subscription.id }) }) }),
    ]);
    expect(invoices.data[0].number).toMatch(/^[A-Z0-9]{8}-0001$/);
  });

  it('signs a delivery with the timestamp asked for, so that a five-minute tolerance refuses an old one', async () => {
    const customer = await sdk.customers.create({ email: 'old@example.test' });
    await stripe.deliverPending();
    const event = stripe.events.find((candidate) => candidate.type === 'customer.created' && (candidate.data.object as Stripe.Customer).id === customer.id)!;
    receiver.clear();
    const answer = await stripe.deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(answer.status).toBe(200);
    const [late] = receiver.received;
    expect(() => Stripe.webhooks.constructEvent(late.body, late.signature, stripe.webhookSecret, 300)).toThrow(/tolerance/i);
  });

  it('runs a trial, then charges when it ends', async () => {
    const subscription = await subscribe('tomas@example.test', { subscription_data: { trial_period_days: 14 } });
    expect(subscription.status).toBe('trialing');
    expect(subscription.trial_end! - subscription.trial_start!).toBe(14 * DAY);
    expect(subscription.items.data[0].current_period_end).toBe(subscription.trial_end);
    const sessionEvent = stripe.events.find((event) => event.type === 'checkout.session.completed' && (event.data.object as Stripe.Checkout.Session).subscription === subscription.id);
    expect((sessionEvent?.data.object as Stripe.Checkout.Session).payment_status).toBe('no_payment_required');
    const [trialInvoice] = (await sdk.invoices.list({ customer: subscription.customer as string })).data;
    expect(trialInvoice).toMatchObject({ amount_due: 0, status: 'paid' });

    receiver.clear();
    await stripe.endTrial(subscription.id);
    expect(receiver.types()).toEqual(['customer.subscription.updated', 'invoice.paid', 'invoice.payment_succeeded']);
    expect(receiver.received[0].event.data.previous_attributes).toMatchObject({ status: 'trialing' });
    const active = await sdk.subscriptions.retrieve(subscription.id);
    expect(active.status).toBe('active');
    expect(active.items.data[0].current_period_start).toBe(subscription.trial_end);
    expect((await sdk.invoices.list({ customer: subscription.customer as string })).data.map((invoice) => invoice.amount_paid)).toEqual([4900, 0]);
  });

  it('goes past_due when a renewal is declined and active again once paid', async () => {
    const subscription = await subscribe('leah@example.test');
    const periodEnd = subscription.items.data[0].current_period_end;

    receiver.clear();
    await stripe.failNextRenewal(subscription.id);
    expect(receiver.types()).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    const pastDue = await sdk.subscriptions.retrieve(subscription.id);
    expect(pastDue.status).toBe('past_due');
    expect(pastDue.items.data[0].current_period_start).toBe(periodEnd);
    const open = await sdk.invoices.retrieve(pastDue.latest_invoice as string);
    expect(open).toMatchObject({ status: 'open', amount_due: 4900, amount_paid: 0, billing_reason: 'subscription_cycle' });

    receiver.clear();
    await stripe.recoverPayment(subscription.id);
    expect(receiver.types()).toEqual(['invoice.paid', 'invoice.payment_succeeded', 'customer.subscription.updated']);
    expect((await sdk.subscriptions.retrieve(subscription.id)).status).toBe('active');
    expect((await sdk.invoices.retrieve(open.id)).status).toBe('paid');

    await stripe.renew(subscription.id);
    const renewed = await sdk.subscriptions.retrieve(subscription.id);
    expect(renewed.items.data[0].current_period_start).toBe(pastDue.items.data[0].current_period_end);
  });

  it('cancels at period end from the portal, and the subscription ends when the period does', async () => {
    const subscription = await subscribe('ada@example.test');
    const portal = await sdk.billingPortal.sessions.create({ customer: subscription.customer as string, return_url: 'http://app.test/settings/billing' });
    expect(portal).toMatchObject({ object: 'billing_portal.session', url: `${stripe.url}/portal/${portal.id}`, return_url: 'http://app.test/settings/billing' });
    const html = await (await fetch(portal.url)).text();
    expect(html).toContain('id="cancel-subscription"');
    const subscriptionField = new URLSearchParams({ subscription: subscription.id });

    receiver.clear();
    const cancel = await fetch(`${portal.url}/cancel-subscription`, { method: 'POST', body: subscriptionField, redirect: 'manual' });
    expect(cancel.status).toBe(303);
    expect(receiver.types()).toEqual(['customer.subscription.updated']);
    expect(receiver.received[0].event.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
    const canceling = await sdk.subscriptions.retrieve(subscription.id);
    expect(canceling).toMatchObject({ status: 'active', cancel_at_period_end: true, cancel_at: subscription.items.data[0].current_period_end });
    const back = await fetch(`${portal.url}/return`, { method: 'POST', redirect: 'manual' });
    expect(back.headers.get('location')).toBe('http://app.test/settings/billing');

    await stripe.renew(subscription.id);
    expect(receiver.types()).toEqual(['customer.subscription.updated', 'customer.subscription.deleted']);
    expect((await sdk.subscriptions.retrieve(subscription.id)).status).toBe('canceled');
  });

  it('changes plans and cancels through the API, listing only live subscriptions unless asked for all', async () => {
    const subscription = await subscribe('omar@example.test');
    receiver.clear();
    const updated = await sdk.subscriptions.update(subscription.id, {
      items: [{ id: subscription.items.data[0].id, price: 'price_practice_monthly' }],
      proration_behavior: 'create_prorations',
      metadata: { plan: 'practice' },
    });
    expect(updated.items.data.map((item) => [item.id, item.price.id])).toEqual([[subscription.items.data[0].id, 'price_practice_monthly']]);
    await expect(sdk.subscriptions.update(subscription.id, { items: [{ id: 'si_missing', price: 'price_team_monthly' }] })).rejects.toMatchObject({ param: 'items[0][id]' });

    const canceled = await sdk.subscriptions.cancel(subscription.id);
    expect(canceled).toMatchObject({ status: 'canceled', ended_at: expect.any(Number) });
    await stripe.deliverPending();
    expect(receiver.types()).toEqual(['customer.subscription.updated', 'customer.subscription.deleted']);
    expect(receiver.received[0].event.request?.idempotency_key).toMatch(/^stripe-node-retry-/);

    const customer = subscription.customer as string;
    expect((await sdk.subscriptions.list({ customer })).data).toEqual([]);
    expect((await sdk.subscriptions.list({ customer, status: 'all', limit: 5 })).data.map((found) => found.id)).toEqual([subscription.id]);
  });

  it('sends checkout.session.expired when a session runs out', async () => {
    const session = await sdk.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_team_monthly', quantity: 1 }] });
    await stripe.expireCheckout(session.id);
    expect(receiver.types()).toEqual(['checkout.session.expired']);
    expect(await sdk.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'expired', url: null });
    await expect(stripe.completeCheckout(session.id)).rejects.toThrow(/expired/);
  });
});
