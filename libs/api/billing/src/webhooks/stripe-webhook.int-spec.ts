import Stripe from 'stripe';
import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, startTestApp, uniqueSuffix, waitForJobs } from '@ascend/platform/testing';
import { BillingModule } from '../billing.module';
import { BillingTestApp, givePlan, startBillingTestApp } from '../shared/billing-scenario';
import { ledger } from '../subscription-sync/subscription-scenario';
import { StripeEventProcessor } from './stripe-event.job';

let billing: BillingTestApp;

beforeAll(async () => {
  billing = await startBillingTestApp({ stripe: { autoDeliver: false } });
});

afterAll(async () => {
  await billing?.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** An event as Stripe would send it; its id is new each time. */
function anEvent(type: string, object: Record<string, unknown>): Stripe.Event {
  return {
    id: `evt_test_${uniqueSuffix().replace(/-/g, '')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: nowSeconds(),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  } as unknown as Stripe.Event;
}

async function post(body: string, signature?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${billing.t.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function ledgerSize(): Promise<number> {
  const [{ count }] = await billing.t.db.query<{ count: number }>('select count(*)::int as count from stripe_event');
  return count;
}

async function waitingEventJobs(): Promise<number> {
  const [{ count }] = await billing.t.db.query<{ count: number }>(`select count(*)::int as count from graphile_worker.jobs where task_identifier = 'billing.stripe-event'`);
  return count;
}

describe('POST /webhooks/stripe refuses what Stripe did not sign, and records nothing', () => {
  const secret = () => billing.stripe.webhookSecret;

  it.each([
    ['no Stripe-Signature header', 'missing_signature', (payload: string) => post(payload)],
    ['a signature made with another secret', 'invalid_signature', (payload: string) => post(payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_not_ours' }))],
    [
      'a body changed after signing',
      'invalid_signature',
      (payload: string) => post(payload.replace('"livemode":false', '"livemode":true'), Stripe.webhooks.generateTestHeaderString({ payload, secret: secret() })),
    ],
    [
      'a timestamp older than 300 seconds',
      'stale_timestamp',
      (payload: string) => post(payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: secret(), timestamp: nowSeconds() - 301 })),
    ],
    ['a garbled header', 'invalid_signature', (payload: string) => post(payload, 'v1=;t=yesterday')],
  ])('%s: 400 naming the problem', async (_case, problem, send) => {
    const before = await ledgerSize();
    const event = anEvent('invoice.paid', { id: 'in_forged', object: 'invoice', customer: 'cus_forged' });
    const answer = await send(JSON.stringify(event));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: problem, message: expect.stringContaining('Nothing was recorded') });
    expect(await ledgerSize()).toBe(before);
    expect(await ledger(billing.t, [event.id])).toEqual([]);
    expect(await waitingEventJobs()).toBe(0);
  });

  it('refuses a signed body that is not an event', async () => {
    const before = await ledgerSize();
    for (const payload of ['not json at all', JSON.stringify({ hello: 'coach' })]) {
      const answer = await post(payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: secret() }));
      expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_payload' } });
    }
    expect(await ledgerSize()).toBe(before);
  });
});

describe('POST /webhooks/stripe records each event once', () => {
  it('acknowledges a repeated event without doing anything again', async () => {
    const event = anEvent('customer.created', { id: 'cus_repeat', object: 'customer', metadata: {} });
    expect(await billing.stripe.deliver(event)).toEqual({ status: 200, body: JSON.stringify({ received: true }) });
    await waitForJobs(billing.t.db);
    const [first] = await ledger(billing.t, [event.id]);
    expect(first).toMatchObject({ type: 'customer.created', outcome: 'IGNORED', processed_at: expect.any(Date) });

    for (let i = 0; i < 2; i++) {
      const again = await billing.stripe.deliver(event);
      expect(again.status).toBe(200);
      expect(JSON.parse(again.body)).toEqual({ received: true, duplicate: true });
      expect(await waitingEventJobs()).toBe(0);
    }
    await waitForJobs(billing.t.db);
    expect(await ledger(billing.t, [event.id])).toEqual([first]);
  });

  it('acknowledges an event type nobody handles and records it IGNORED', async () => {
    const event = anEvent('radar.early_fraud_warning.created', { id: 'issfr_1', object: 'radar.early_fraud_warning' });
    expect((await billing.stripe.deliver(event)).status).toBe(200);
    await waitForJobs(billing.t.db);
    expect(await ledger(billing.t, [event.id])).toEqual([expect.objectContaining({ outcome: 'IGNORED', error: null })]);
  });

  it('records an event for a customer Ascend does not know as UNKNOWN_CUSTOMER, not a failure', async () => {
    const event = anEvent('invoice.payment_failed', { id: 'in_stranger', object: 'invoice', customer: 'cus_stranger', metadata: {} });
    const answer = await billing.stripe.deliver(event);
    expect(answer.status).toBe(200);
    await waitForJobs(billing.t.db);
    expect(await ledger(billing.t, [event.id])).toEqual([expect.objectContaining({ outcome: 'UNKNOWN_CUSTOMER', tenant_id: null })]);
  });

  it('does not place a connected-account event by the practice id in its metadata', async () => {
    const practice = await buildPractice(billing.t);
    const event = { ...anEvent('checkout.session.completed', { id: 'cs_x', object: 'checkout.session', mode: 'payment', metadata: { practiceId: practice.practiceId } }), account: 'acct_unknown' };
    await billing.stripe.deliver(event as Stripe.Event);
    await waitForJobs(billing.t.db);
    const [entry] = await ledger(billing.t, [event.id]);
    expect(entry.tenant_id).toBeNull();
    expect(['UNKNOWN_CUSTOMER', 'IGNORED']).toContain(entry.outcome);
  });

  it('records an event FAILED, with its error, when its last attempt fails', async () => {
    const practice = await buildPractice(billing.t);
    await givePlan(billing.t, practice.practiceId, 'SOLO');
    const [{ customer }] = await billing.t.db.query<{ customer: string }>('select stripe_customer_id as customer from subscription where tenant_id = $1', [practice.practiceId]);
    // Recorded as the endpoint would, but run by hand as the last attempt: Stripe has no such invoice to re-read.
    const event = anEvent('invoice.paid', { id: 'in_missing', object: 'invoice', customer });
    await billing.t.db.query('select app_record_stripe_event($1, $2, null, now(), $3::jsonb)', [event.id, event.type, JSON.stringify(event)]);
    const processor = billing.t.app.get(StripeEventProcessor);
    const run = (attempts: number) => billing.t.app.get(TenantDatabase).run({}, () => processor.handle({ eventId: event.id }, { id: 'by-hand', attempts, maxAttempts: 12 }));

    await expect(run(1)).rejects.toThrow(/in_missing/);
    expect(await ledger(billing.t, [event.id])).toEqual([expect.objectContaining({ outcome: null })]);
    await expect(run(12)).rejects.toThrow(/in_missing/);
    expect(await ledger(billing.t, [event.id])).toEqual([expect.objectContaining({ outcome: 'FAILED', error: expect.stringContaining('in_missing') })]);
  });
});

describe('POST /webhooks/stripe without billing configured', () => {
  it('answers 404 saying which variables enable billing, and records nothing', async () => {
    const t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule, BillingModule] });
    try {
      const payload = JSON.stringify(anEvent('invoice.paid', { id: 'in_1', object: 'invoice' }));
      const response = await fetch(`${t.url}/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_any' }) },
        body: payload,
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'billing_not_configured', message: expect.stringContaining('STRIPE_SECRET_KEY') });
      const [{ count }] = await t.db.query<{ count: number }>('select count(*)::int as count from stripe_event');
      expect(count).toBe(0);
    } finally {
      await t.close();
    }
  });
});
