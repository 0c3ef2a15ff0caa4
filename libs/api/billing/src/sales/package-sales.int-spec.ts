import { buildPractice, uniqueEmail } from '@ascend/platform/testing';
import { BillingTestApp, givePlan, settleWebhooks, startBillingTestApp } from '../shared/billing-scenario';
import { buildOffering, connectEventOutcomes, sellingPractice, sessionIdOf } from './sales-scenario';

const BUY = `mutation($input: BuyPackageInput!) { buyPackage(input: $input) { url } }`;
const REFUND = `mutation($id: ID!) { refundPurchase(id: $id) { status refundedCents } }`;
const PURCHASES = `{ purchases { purchases { id kind description buyerName buyerEmail status refundedCents } totals { currency paidCents refundedCents netCents purchases } } }`;

interface ClientState {
  status: string;
  coach_user_id: string | null;
  user_id: string | null;
}

/** Coaching packages bought on the practice's public page: paid on Stripe, the buyer becomes a coached client. */
describe('coaching packages bought online', () => {
  let billing: BillingTestApp;

  beforeAll(async () => {
    billing = await startBillingTestApp();
  });
  afterAll(() => billing.close());

  const buy = (input: Record<string, unknown>, headers: Record<string, string> = {}) => billing.t.graphql<{ buyPackage: { url: string } }>(BUY, { input }, headers);
  const clientOf = async (practiceId: string, email: string) =>
    (await billing.t.db.query<ClientState>(`select status, coach_user_id, user_id from client where tenant_id = $1 and email = $2`, [practiceId, email.toLowerCase()]))[0];
  const purchasesOf = (practiceId: string) =>
    billing.t.db.query<{ id: string; status: string; buyer_user_id: string | null; buyer_email: string; buyer_name: string; stripe_subscription_id: string | null }>(
      `select id, status, buyer_user_id, buyer_email, buyer_name, stripe_subscription_id from purchase where tenant_id = $1 order by created_at`,
      [practiceId],
    );

  it('makes a new buyer an active client with the package’s coach, invited to join; a refund is listed', async () => {
    const { t, stripe, mail } = billing;
    const practice = await sellingPractice(billing, { coaches: 1 });
    const coach = practice.coaches[0];
    const offering = await buildOffering(t, practice.practiceId, { title: 'Leadership accelerator', priceCents: 120000, coachUserId: coach.userId });
    const email = uniqueEmail('new-buyer');
    const { data, errors } = await buy({ practiceSlug: practice.slug, offeringSlug: offering.slug, name: 'Rosa Newcomer', email });
    expect(errors).toBeUndefined();
    const [pending] = await purchasesOf(practice.practiceId);
    expect(pending).toMatchObject({ status: 'PENDING', buyer_email: email.toLowerCase(), buyer_name: 'Rosa Newcomer', buyer_user_id: null });
    expect(stripe.requests.filter((r) => r.path === '/v1/checkout/sessions')).toContainEqual({
      method: 'POST',
      path: '/v1/checkout/sessions',
      stripeAccount: practice.accountId,
      idempotencyKey: `purchase-checkout:${pending.id}`,
    });

    await stripe.completeCheckout(sessionIdOf(data!.buyPackage.url));
    await settleWebhooks(t, stripe);
    expect((await purchasesOf(practice.practiceId)).map((p) => p.status)).toEqual(['PAID']);
    expect(await clientOf(practice.practiceId, email)).toEqual({ status: 'ACTIVE', coach_user_id: coach.userId, user_id: null });
    expect(await t.db.query(`select role from invitation where tenant_id = $1 and email = $2 and accepted_at is null`, [practice.practiceId, email.toLowerCase()])).toEqual([
      { role: 'CLIENT' },
    ]);
    await mail.waitFor((m) => m.to.includes(email.toLowerCase()) && m.tag === 'invitation');

    const refunded = await t.graphql(REFUND, { id: pending.id }, practice.owner.headers);
    expect(refunded.data).toEqual({ refundPurchase: { status: 'REFUNDED', refundedCents: 120000 } });
    await settleWebhooks(t, stripe);
    const listed = await t.graphql<{ purchases: { purchases: Record<string, unknown>[]; totals: unknown[] } }>(PURCHASES, {}, practice.owner.headers);
    expect(listed.data?.purchases.purchases).toEqual([
      { id: pending.id, kind: 'PACKAGE', description: 'Leadership accelerator', buyerName: 'Rosa Newcomer', buyerEmail: email.toLowerCase(), status: 'REFUNDED', refundedCents: 120000 },
    ]);
    expect(listed.data?.purchases.totals).toEqual([{ currency: 'usd', paidCents: 120000, refundedCents: 120000, netCents: 0, purchases: 1 }]);
    expect(await connectEventOutcomes(t, practice.accountId, ['checkout.session.completed', 'charge.refunded'])).toEqual([
      'checkout.session.completed PROCESSED',
      'charge.refunded PROCESSED',
    ]);
  });

  it('adds up refunds made in the practice’s Stripe dashboard, and refunds the rest from Ascend', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing);
    const offering = await buildOffering(t, practice.practiceId, { priceCents: 90000 });
    const { data } = await buy({ practiceSlug: practice.slug, offeringSlug: offering.slug, name: 'Dana Partial', email: uniqueEmail('partial') });
    await stripe.completeCheckout(sessionIdOf(data!.buyPackage.url));
    await settleWebhooks(t, stripe);
    const [paid] = await t.db.query<{ id: string; payment_intent_id: string }>(`select id, payment_intent_id from purchase where tenant_id = $1`, [practice.practiceId]);

    await stripe.client().refunds.create({ payment_intent: paid.payment_intent_id, amount: 30000 }, { stripeAccount: practice.accountId });
    await settleWebhooks(t, stripe);
    const state = async () => (await t.db.query(`select status, refunded_cents from purchase where id = $1`, [paid.id]))[0];
    expect(await state()).toEqual({ status: 'PARTIALLY_REFUNDED', refunded_cents: 30000 });

    expect((await t.graphql(REFUND, { id: paid.id }, practice.owner.headers)).data).toEqual({ refundPurchase: { status: 'REFUNDED', refundedCents: 90000 } });
    await settleWebhooks(t, stripe);
    expect(await state()).toEqual({ status: 'REFUNDED', refunded_cents: 90000 });
    expect(await connectEventOutcomes(t, practice.accountId, ['charge.refunded'])).toEqual(['charge.refunded PROCESSED', 'charge.refunded PROCESSED']);
  });

  it('makes a signed-in buyer a client member at once, as their account whatever the form says', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing, { coaches: 1 });
    const coach = practice.coaches[0];
    const offering = await buildOffering(t, practice.practiceId, { coachUserId: coach.userId });
    // Someone with an account (here, the owner of another practice), signed in.
    const buyer = (await buildPractice(t, { clients: 0, ownerName: 'Amara Existing' })).owner;
    const signedIn = { authorization: buyer.headers.authorization };
    const { data, errors } = await buy({ practiceSlug: practice.slug, offeringSlug: offering.slug, name: 'Somebody Else', email: 'someone-else@example.com' }, signedIn);
    expect(errors).toBeUndefined();
    expect(await purchasesOf(practice.practiceId)).toEqual([expect.objectContaining({ buyer_user_id: buyer.userId, buyer_email: buyer.email, buyer_name: 'Amara Existing' })]);

    await stripe.completeCheckout(sessionIdOf(data!.buyPackage.url));
    await settleWebhooks(t, stripe);
    expect(await t.db.query(`select role from membership where tenant_id = $1 and user_id = $2`, [practice.practiceId, buyer.userId])).toEqual([{ role: 'CLIENT' }]);
    expect(await clientOf(practice.practiceId, buyer.email)).toEqual({ status: 'ACTIVE', coach_user_id: coach.userId, user_id: buyer.userId });
    expect(await t.db.query(`select 1 from invitation where tenant_id = $1 and email = $2`, [practice.practiceId, buyer.email])).toEqual([]);
    // The practice's audit log says how they joined.
    expect(await t.db.query(`select target_email from audit_event where tenant_id = $1 and action = 'CLIENT_ADMITTED'`, [practice.practiceId])).toEqual([
      { target_email: buyer.email },
    ]);
    // The client can now open the practice.
    const inside = await t.graphql(`{ myMasterclassRegistrations { id } }`, {}, { ...signedIn, 'x-practice-id': practice.practiceId });
    expect(inside.data).toEqual({ myMasterclassRegistrations: [] });
  });

  it('makes an address with an account a client, and sets a monthly package to end after its months', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing);
    const offering = await buildOffering(t, practice.practiceId, { billing: 'MONTHLY', priceCents: 40000, months: 6 });
    const existing = (await buildPractice(t, { clients: 0 })).owner;
    const { data } = await buy({ practiceSlug: practice.slug, offeringSlug: offering.slug, name: 'Guest Form', email: existing.email });
    await stripe.completeCheckout(sessionIdOf(data!.buyPackage.url));
    await settleWebhooks(t, stripe);
    const [purchase] = await purchasesOf(practice.practiceId);
    expect(purchase).toMatchObject({ status: 'PAID', stripe_subscription_id: expect.stringMatching(/^sub_/) });
    expect(await t.db.query(`select role from membership where tenant_id = $1 and user_id = $2`, [practice.practiceId, existing.userId])).toEqual([{ role: 'CLIENT' }]);
    expect(await clientOf(practice.practiceId, existing.email)).toMatchObject({ status: 'ACTIVE', user_id: existing.userId, coach_user_id: null });
    expect(stripe.requests.filter((r) => r.path === `/v1/subscriptions/${purchase.stripe_subscription_id}` && r.method === 'POST')).toEqual([
      { method: 'POST', path: `/v1/subscriptions/${purchase.stripe_subscription_id}`, stripeAccount: practice.accountId, idempotencyKey: `package-end:${purchase.id}` },
    ]);
  });

  it('keeps a buyer beyond the plan’s client limit on the roster as a lead, the purchase paid', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing, { clients: 5 });
    const offering = await buildOffering(t, practice.practiceId);
    const email = uniqueEmail('one-too-many');
    const { data } = await buy({ practiceSlug: practice.slug, offeringSlug: offering.slug, name: 'Omar Late', email });
    // The practice moves to Starter (five active clients, all taken) before the payment arrives.
    await givePlan(t, practice.practiceId, 'STARTER');
    await stripe.completeCheckout(sessionIdOf(data!.buyPackage.url));
    await settleWebhooks(t, stripe);
    expect((await purchasesOf(practice.practiceId)).map((p) => p.status)).toEqual(['PAID']);
    expect(await clientOf(practice.practiceId, email)).toEqual({ status: 'LEAD', coach_user_id: null, user_id: null });
    expect(await t.db.query(`select 1 from invitation where tenant_id = $1 and email = $2`, [practice.practiceId, email.toLowerCase()])).toEqual([]);
    expect(await connectEventOutcomes(t, practice.accountId, ['checkout.session.completed'])).toEqual(['checkout.session.completed PROCESSED']);
  });

  it('refuses what cannot be sold, names missing buyer details, and writes nothing', async () => {
    const { t } = billing;
    const practice = await sellingPractice(billing);
    const inactive = await buildOffering(t, practice.practiceId, { active: false });
    const onSale = await buildOffering(t, practice.practiceId);
    const guest = { name: 'Pat Guest', email: uniqueEmail('guest') };
    const refusal = async (input: Record<string, unknown>) => (await buy(input)).errors?.[0].extensions;

    expect(await refusal({ practiceSlug: practice.slug, offeringSlug: inactive.slug, ...guest })).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.offeringSlug' }] });
    expect(await refusal({ practiceSlug: 'no-such-practice', offeringSlug: onSale.slug, ...guest })).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.practiceSlug' }] });
    expect(await refusal({ practiceSlug: practice.slug, offeringSlug: onSale.slug })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name' }, { field: 'input.email' }],
    });
    expect(await refusal({ practiceSlug: practice.slug, offeringSlug: onSale.slug, name: 'Pat', email: 'not-an-address' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email' }],
    });
    await givePlan(t, practice.practiceId, 'STARTER');
    expect(await refusal({ practiceSlug: practice.slug, offeringSlug: onSale.slug, ...guest })).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'plan' }] });
    await givePlan(t, practice.practiceId, 'SOLO');
    await t.db.query(`update practice set stripe_account_ready = false where id = $1`, [practice.practiceId]);
    expect(await refusal({ practiceSlug: practice.slug, offeringSlug: onSale.slug, ...guest })).toMatchObject({ code: 'CONFLICT' });
    expect(await purchasesOf(practice.practiceId)).toEqual([]);
  });

  it('answers SERVICE_UNAVAILABLE while Stripe is unreachable, and writes no purchase', async () => {
    const { t, stripe } = billing;
    const practice = await sellingPractice(billing);
    const offering = await buildOffering(t, practice.practiceId);
    stripe.setDown(true);
    try {
      const { errors } = await buy({ practiceSlug: practice.slug, offeringSlug: offering.slug, name: 'Pat Guest', email: uniqueEmail('outage') });
      expect(errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      stripe.setDown(false);
    }
    expect(await purchasesOf(practice.practiceId)).toEqual([]);
  });
});
