import Stripe from 'stripe';
import { startStripeTestServer, type StripeTestServer } from './index';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

describe('Stripe test server: connected accounts, outages and delivery control', () => {
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
    stripe.setDown(false);
    await stripe.deliverPending();
    receiver.clear();
  });

  async function onboardedCoach(email: string): Promise<string> {
    const account = await sdk.accounts.create({ type: 'express', email, country: 'US', metadata: { practiceId: email } });
    const link = await sdk.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: 'http://app.test/connect/again', return_url: 'http://app.test/connect/done' });
    await fetch(`${link.url}/complete`, { method: 'POST', redirect: 'manual' });
    return account.id;
  }

  it('onboards a connected account through its link, once', async () => {
    const account = await sdk.accounts.create({ type: 'express', email: 'hana@example.test', country: 'US', metadata: { practiceId: 'p-4' } });
    expect(account).toMatchObject({ id: expect.stringMatching(/^acct_/), charges_enabled: false, details_submitted: false, metadata: { practiceId: 'p-4' } });
    const link = await sdk.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: 'http://app.test/connect/again', return_url: 'http://app.test/connect/done' });
    expect(link.url).toMatch(new RegExp(`^${stripe.url}/connect/`));
    expect(await (await fetch(link.url)).text()).toContain('id="complete-onboarding"');

    const done = await fetch(`${link.url}/complete`, { method: 'POST', redirect: 'manual' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('http://app.test/connect/done');
    expect(receiver.types()).toEqual(['account.updated']);
    expect(receiver.received[0].event).toMatchObject({ account: account.id, data: { object: { id: account.id, charges_enabled: true }, previous_attributes: { charges_enabled: false } } });
    expect(await sdk.accounts.retrieve(account.id)).toMatchObject({ charges_enabled: true, details_submitted: true });

    const reused = await fetch(link.url, { redirect: 'manual' });
    expect(reused.headers.get('location')).toBe('http://app.test/connect/again');
  });

  it('takes a session payment on the coach\'s account and refunds part of it, every event naming the account', async () => {
    const account = await onboardedCoach('yusuf@example.test');
    receiver.clear();
    const session = await sdk.checkout.sessions.create(
      {
        mode: 'payment',
        customer_email: 'client@example.test',
        line_items: [{ price_data: { currency: 'usd', unit_amount: 15000, product_data: { name: 'Leadership session, 60 min' } }, quantity: 1 }],
        payment_intent_data: { metadata: { bookingId: 'booking-9' } },
        success_url: 'http://app.test/book/done',
      },
      { stripeAccount: account, idempotencyKey: 'booking-9-checkout' },
    );
    expect(session).toMatchObject({ amount_total: 15000, currency: 'usd', status: 'open' });
    await expect(sdk.checkout.sessions.retrieve(session.id)).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    expect(await (await fetch(session.url!)).text()).toContain('Leadership session, 60 min');

    const declined = await fetch(`${session.url}/decline`, { method: 'POST', redirect: 'manual' });
    expect(declined.headers.get('location')).toBe(`/pay/${session.id}?declined=1`);
    expect(receiver.types()).toEqual(['payment_intent.payment_failed']);
    expect((await sdk.checkout.sessions.retrieve(session.id, {}, { stripeAccount: account })).status).toBe('open');

    receiver.clear();
    await stripe.completeCheckout(session.id);
    expect(receiver.types()).toEqual(['payment_intent.succeeded', 'checkout.session.completed']);
    expect(receiver.received.map((webhook) => webhook.event.account)).toEqual([account, account]);
    const completed = receiver.received[1].event.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({ status: 'complete', payment_status: 'paid', payment_intent: expect.stringMatching(/^pi_/) });
    const intent = await sdk.paymentIntents.retrieve(completed.payment_intent as string, {}, { stripeAccount: account });
    expect(intent).toMatchObject({ status: 'succeeded', amount: 15000, metadata: { bookingId: 'booking-9' } });

    receiver.clear();
    const refund = await sdk.refunds.create({ payment_intent: intent.id, amount: 5000, metadata: { bookingId: 'booking-9' } }, { stripeAccount: account });
    expect(refund).toMatchObject({ id: expect.stringMatching(/^re_/), status: 'succeeded', amount: 5000 });
    await stripe.deliverPending();
    expect(receiver.types()).toEqual(['charge.refunded', 'refund.created']);
    expect(receiver.received[0].event).toMatchObject({ account, data: { object: { payment_intent: intent.id, amount_refunded: 5000, refunded: false } } });
    expect(receiver.received[1].event.account).toBe(account);
    await expect(sdk.refunds.create({ payment_intent: intent.id, amount: 20000 }, { stripeAccount: account })).rejects.toMatchObject({ code: 'amount_too_large', param: 'amount' });
    await expect(sdk.refunds.create({ payment_intent: intent.id }, { stripeAccount: 'acct_unknown' })).rejects.toBeInstanceOf(Stripe.errors.StripePermissionError);
  });

  it('keeps idempotency keys apart per account', async () => {
    const account = await onboardedCoach('keiko@example.test');
    const key = `same-key-${Date.now()}`;
    const onPlatform = await sdk.customers.create({ email: 'keys@example.test' }, { idempotencyKey: key });
    const onAccount = await sdk.customers.create({ email: 'keys@example.test' }, { idempotencyKey: key, stripeAccount: account });
    expect(onAccount.id).not.toBe(onPlatform.id);
    expect(stripe.requests.filter((request) => request.idempotencyKey === key).map((request) => request.stripeAccount)).toEqual([undefined, account]);
  });

  it('fails every call at the socket while down, and recovers', async () => {
    const received = stripe.requests.length;
    stripe.setDown(true);
    const error = await sdk.customers.create({ email: 'outage@example.test' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    await expect(sdk.subscriptions.list({ limit: 1 })).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(stripe.requests).toHaveLength(received);

    stripe.setDown(false);
    expect((await sdk.customers.create({ email: 'outage@example.test' })).email).toBe('outage@example.test');
  });
});

describe('Stripe test server without automatic delivery', () => {
  let stripe: StripeTestServer;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    stripe = await startStripeTestServer({ autoDeliver: false, webhookSecret: 'whsec_ascend_spec' });
  });
  afterAll(async () => {
    await stripe.close();
    await receiver.close();
  });

  it('queues events until asked, then delivers them in order and records each answer', async () => {
    const sdk = stripe.client();
    const session = await sdk.checkout.sessions.create({ mode: 'subscription', customer_email: 'queue@example.test', line_items: [{ price: 'price_team_monthly', quantity: 2 }] });
    expect(session.amount_total).toBe(59800);
    await stripe.completeCheckout(session.id);
    expect(stripe.deliveries).toEqual([]);

    stripe.webhookUrl = receiver.url;
    receiver.answerWith(500);
    await stripe.deliverPending();
    expect(receiver.types()).toEqual(['customer.created', 'customer.subscription.created', 'invoice.paid', 'invoice.payment_succeeded', 'checkout.session.completed']);
    expect(stripe.deliveries.map((delivery) => delivery.status)).toEqual([500, 500, 500, 500, 500]);
    const [first] = receiver.received;
    expect(Stripe.webhooks.constructEvent(first.body, first.signature, 'whsec_ascend_spec', 300).type).toBe('customer.created');
    expect(stripe.env()).toMatchObject({ STRIPE_WEBHOOK_SECRET: 'whsec_ascend_spec', STRIPE_API_URL: stripe.url, STRIPE_PRICE_TEAM: 'price_team_monthly' });

    // Stripe retries refused events; deliverPending brings the retries forward, and acknowledged events are done.
    receiver.answerWith(200);
    await stripe.deliverPending();
    await stripe.deliverPending();
    expect(stripe.deliveries.map((delivery) => delivery.status)).toEqual([500, 500, 500, 500, 500, 200, 200, 200, 200, 200]);
    expect(receiver.types().slice(5)).toEqual(['customer.created', 'customer.subscription.created', 'invoice.paid', 'invoice.payment_succeeded', 'checkout.session.completed']);
    expect(stripe.events.map((event) => event.pending_webhooks)).toEqual([0, 0, 0, 0, 0]);
  });
});
