import type Stripe from 'stripe';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { BillingTestApp, settleWebhooks, startBillingTestApp } from '../shared/billing-scenario';
import { SalesEvents } from './sales-events';
import { buildPaidMasterclass, connectEventOutcomes, registerGuest, sellingPractice, sessionIdOf } from './sales-scenario';

const PAY = `mutation($token: String!) { payForRegistration(token: $token) { url } }`;
const PURCHASES = `{ purchases { purchases { id kind description buyerEmail amountCents currency status refundedCents paidAt }
                                totals { currency paidCents refundedCents netCents purchases } } }`;

interface PurchaseState {
  id: string;
  status: string;
  refunded_cents: number;
  checkout_session_id: string;
  checkout_expires_at: Date;
}

/** Paid masterclass seats: a Checkout per held seat, confirmed by its webhook, released when it expires or fails. */
describe('paid masterclass seats', () => {
  let billing: BillingTestApp;

  beforeAll(async () => {
    billing = await startBillingTestApp();
  });
  afterAll(() => billing.close());

  const pay = async (token: string) => billing.t.graphql<{ payForRegistration: { url: string } }>(PAY, { token });
  const checkout = async (token: string) => {
    const { data, errors } = await pay(token);
    if (!data) throw new Error(`payForRegistration failed: ${JSON.stringify(errors)}`);
    return data.payForRegistration.url;
  };
  const statuses = async (...ids: string[]) =>
    Promise.all(ids.map(async (id) => (await billing.t.db.query<{ status: string }>(`select status from registration where id = $1`, [id]))[0].status));
  const purchasesOf = (registrationId: string) =>
    billing.t.db.query<PurchaseState>(`select id, status, refunded_cents, checkout_session_id, checkout_expires_at from purchase where registration_id = $1 order by created_at`, [
      registrationId,
    ]);
  const mailed = (email: string, tag: string) => billing.mail.messages.filter((m) => m.to.includes(email.toLowerCase()) && m.tag === tag).length;

  it('confirms a seat paid through Checkout, lists it with totals, and changes nothing when the event comes again', async () => {
    const { t, stripe, mail } = billing;
    const practice = await sellingPractice(billing);
    const masterclass = await buildPaidMasterclass(t, practice, { capacity: 2, priceCents: 4900, title: 'Saying no kindly' });
    const email = uniqueEmail('payer');
    const held = await registerGuest(t, practice.slug, masterclass.slug, email);
    expect(held.status).toBe('PENDING_PAYMENT');

    const url = await checkout(held.manageToken);
    const [purchase] = await purchasesOf(held.id);
    expect(purchase).toMatchObject({ status: 'PENDING', checkout_session_id: sessionIdOf(url) });
    // The seat is held as long as its Checkout can be paid, which Stripe keeps open at least 30 minutes.
    expect(purchase.checkout_expires_at.getTime() - Date.now()).toBeGreaterThan(30 * 60_000);
    expect(await t.db.query(`select hold_expires_at from registration where id = $1`, [held.id])).toEqual([{ hold_expires_at: purchase.checkout_expires_at }]);
    // Asked again: the same page, no second session.
    expect(await checkout(held.manageToken)).toBe(url);
    expect(stripe.requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions' && r.stripeAccount === practice.accountId)).toEqual([
      { method: 'POST', path: '/v1/checkout/sessions', stripeAccount: practice.accountId, idempotencyKey: `purchase-checkout:${purchase.id}` },
    ]);

    await stripe.completeCheckout(sessionIdOf(url));
    await settleWebhooks(t, stripe);
    expect(await statuses(held.id)).toEqual(['CONFIRMED']);
    expect((await purchasesOf(held.id)).map((p) => p.status)).toEqual(['PAID']);
    await mail.waitFor((m) => m.to.includes(email.toLowerCase()) && m.tag === 'masterclass-confirmed');

    // Delivered again, and processed again as if its ledger entry were new: still one paid seat, one mail.
    const completed = stripe.events.find((e) => e.type === 'checkout.session.completed' && (e.data.object as Stripe.Checkout.Session).id === sessionIdOf(url))!;
    expect((await stripe.deliver(completed)).status).toBe(200);
    const events = t.app.get(SalesEvents);
    expect(await t.app.get(TenantDatabase).run({ practiceId: practice.practiceId }, () => events.handle(completed, practice.practiceId))).toBe('PROCESSED');
    await settleWebhooks(t, stripe);
    expect(await statuses(held.id)).toEqual(['CONFIRMED']);
    expect((await purchasesOf(held.id)).map((p) => p.status)).toEqual(['PAID']);
    expect(mailed(email, 'masterclass-confirmed')).toBe(1);

    const { data } = await t.graphql<{ purchases: { purchases: Record<string, unknown>[]; totals: unknown[] } }>(PURCHASES, {}, practice.owner.headers);
    expect(data?.purchases.purchases).toEqual([
      expect.objectContaining({ kind: 'MASTERCLASS_SEAT', description: 'Seat: Saying no kindly', buyerEmail: email.toLowerCase(), amountCents: 4900, currency: 'eur', status: 'PAID', refundedCents: 0 }),
    ]);
    expect(data?.purchases.purchases[0].paidAt).not.toBeNull();
    expect(data?.purchases.totals).toEqual([{ currency: 'eur', paidCents: 4900, refundedCents: 0, netCents: 4900, purchases: 1 }]);
  });

  it('releases a paid seat whose checkout expires to the first person on the waitlist', async () => {
    const { t, stripe, mail } = billing;
    const practice = await sellingPractice(billing);
    const masterclass = await buildPaidMasterclass(t, practice, { capacity: 1 });
    const [payerEmail, firstEmail] = [uniqueEmail('abandons'), uniqueEmail('first-waiting')];
    const held = await registerGuest(t, practice.slug, masterclass.slug, payerEmail);
    const first = await registerGuest(t, practice.slug, masterclass.slug, firstEmail);
    const second = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('second-waiting'));
    expect([first.status, second.status]).toEqual(['WAITLISTED', 'WAITLISTED']);
    const url = await checkout(held.manageToken);

    await stripe.expireCheckout(sessionIdOf(url));
    await settleWebhooks(t, stripe);
    expect(await statuses(held.id, first.id, second.id)).toEqual(['CANCELLED', 'PENDING_PAYMENT', 'WAITLISTED']);
    expect((await purchasesOf(held.id)).map((p) => p.status)).toEqual(['EXPIRED']);
    await mail.waitFor((m) => m.to.includes(payerEmail.toLowerCase()) && m.tag === 'masterclass-hold-expired');
    await mail.waitFor((m) => m.to.includes(firstEmail.toLowerCase()) && m.tag === 'masterclass-payment-hold');
    // The seat is now held for the first in line, who can pay for it in turn.
    expect(sessionIdOf(await checkout(first.manageToken))).not.toBe(sessionIdOf(url));
    const refused = await pay(held.manageToken);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('released') });
  });

  it('releases the seat when the hold’s own expiry comes first, and refunds a payment made after it', async () => {
    const { t, stripe, mail } = billing;
    const practice = await sellingPractice(billing);
    const masterclass = await buildPaidMasterclass(t, practice, { capacity: 1 });
    const firstEmail = uniqueEmail('promoted');
    const held = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('late-payer'));
    const first = await registerGuest(t, practice.slug, masterclass.slug, firstEmail);
    const url = await checkout(held.manageToken);

    // The hold (extended to the session's end) runs out: its expiry job, due now, releases the seat.
    await t.db.query(`update registration set hold_expires_at = now() - interval '1 second' where id = $1`, [held.id]);
    await t.db.query(`update graphile_worker._private_jobs set run_at = now() where task_id = (select id from graphile_worker._private_tasks where identifier = 'events.hold-expiry')`);
    await waitForJobs(t.db);
    expect(await statuses(held.id, first.id)).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
    await mail.waitFor((m) => m.to.includes(firstEmail.toLowerCase()) && m.tag === 'masterclass-payment-hold');
    expect((await purchasesOf(held.id)).map((p) => p.status)).toEqual(['PENDING']);

    // The Checkout page was still open and the payer paid: the seat is someone else's now, so the money goes back.
    await stripe.completeCheckout(sessionIdOf(url));
    await settleWebhooks(t, stripe);
    const [purchase] = await purchasesOf(held.id);
    expect(purchase).toMatchObject({ status: 'REFUNDED', refunded_cents: 4900 });
    expect(await statuses(held.id, first.id)).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
    expect(stripe.requests.filter((r) => r.path === '/v1/refunds')).toEqual([
      { method: 'POST', path: '/v1/refunds', stripeAccount: practice.accountId, idempotencyKey: `purchase-refund:${purchase.id}` },
    ]);
  });

  it('releases the seat when the card is declined', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing);
    const masterclass = await buildPaidMasterclass(t, practice, { capacity: 1 });
    const held = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('declined'));
    const first = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('next'));
    const url = await checkout(held.manageToken);
    await stripe.completeCheckout(sessionIdOf(url), 'declined');
    await settleWebhooks(t, stripe);
    expect(await connectEventOutcomes(t, practice.accountId, ['payment_intent.payment_failed'])).toEqual(['payment_intent.payment_failed PROCESSED']);
    expect((await purchasesOf(held.id)).map((p) => p.status)).toEqual(['FAILED']);
    expect(await statuses(held.id, first.id)).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
  });

  it('refunds a paid seat in full, cancels it and gives it to the waitlist', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing, { admins: 1 });
    const masterclass = await buildPaidMasterclass(t, practice, { capacity: 1, priceCents: 7500 });
    const held = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('refunded'));
    const first = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('next'));
    await stripe.completeCheckout(sessionIdOf(await checkout(held.manageToken)));
    await settleWebhooks(t, stripe);
    const [paid] = await purchasesOf(held.id);

    const REFUND = `mutation($id: ID!) { refundPurchase(id: $id) { status refundedCents } }`;
    expect((await t.graphql(REFUND, { id: paid.id }, practice.admins[0].headers)).data).toEqual({ refundPurchase: { status: 'REFUNDED', refundedCents: 7500 } });
    expect(await statuses(held.id, first.id)).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
    // Stripe's charge.refunded follows, and agrees.
    await settleWebhooks(t, stripe);
    expect(await connectEventOutcomes(t, practice.accountId, ['charge.refunded'])).toEqual(['charge.refunded PROCESSED']);
    expect((await purchasesOf(held.id)).map((p) => [p.status, p.refunded_cents])).toEqual([['REFUNDED', 7500]]);
    const { data } = await t.graphql<{ purchases: { totals: unknown[] } }>(PURCHASES, {}, practice.owner.headers);
    expect(data?.purchases.totals).toEqual([{ currency: 'eur', paidCents: 7500, refundedCents: 7500, netCents: 0, purchases: 1 }]);
    const again = await t.graphql(REFUND, { id: paid.id }, practice.owner.headers);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'id', message: 'is not a paid purchase' }] });
  });

  it('answers SERVICE_UNAVAILABLE while Stripe is unreachable, and keeps the hold and the purchases as they were', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing);
    const masterclass = await buildPaidMasterclass(t, practice);
    const held = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('outage'));
    const [before] = await t.db.query(`select hold_expires_at from registration where id = $1`, [held.id]);
    stripe.setDown(true);
    try {
      const { errors } = await pay(held.manageToken);
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringContaining('nothing was changed') });
    } finally {
      stripe.setDown(false);
    }
    expect(await purchasesOf(held.id)).toEqual([]);
    expect(await t.db.query(`select hold_expires_at from registration where id = $1`, [held.id])).toEqual([before]);
  });

  it('refuses a bad link, a place on the waitlist, and a practice that cannot take payments', async () => {
    const { t } = billing;
    const practice = await sellingPractice(billing);
    const masterclass = await buildPaidMasterclass(t, practice, { capacity: 1 });
    const held = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('held'));
    const waiting = await registerGuest(t, practice.slug, masterclass.slug, uniqueEmail('waiting'));
    const codeOf = async (token: string) => (await pay(token)).errors?.[0].extensions;
    expect(await codeOf(`${held.manageToken.slice(0, -2)}zz`)).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'token', message: 'is not a valid registration link' }] });
    expect(await codeOf(waiting.manageToken)).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'token' }] });

    const unconnected = await buildPractice(t, { clients: 0 });
    const elsewhere = await buildPaidMasterclass(t, unconnected);
    const stuck = await registerGuest(t, unconnected.slug, elsewhere.slug, uniqueEmail('stuck'));
    const refused = await pay(stuck.manageToken);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('cannot take payments online yet') });
    expect(await purchasesOf(stuck.id)).toEqual([]);
  });
});
