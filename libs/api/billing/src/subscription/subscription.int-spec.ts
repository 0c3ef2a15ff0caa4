import { buildPractice, runIsolationCase, signUpOwner, withClient } from '@ascend/platform/testing';
import { BillingTestApp, givePlan, startBillingTestApp } from '../shared/billing-scenario';
import { practiceBilling, sessionIdOf, subscribe } from './subscription-scenario';
import { isolationCases } from './subscription.isolation';

const CHECKOUT = `mutation($plan: PlanId!) { startPlanCheckout(plan: $plan) { url } }`;

describe('the practice subscription, with billing configured', () => {
  let billing: BillingTestApp;

  beforeAll(async () => {
    billing = await startBillingTestApp();
  });
  afterAll(async () => {
    await billing?.close();
  });

  const subscriptionRow = async (practiceId: string) =>
    (await billing.t.db.query<{ stripe_customer_id: string; status: string; plan: string }>('select stripe_customer_id, status, plan from subscription where tenant_id = $1', [practiceId]))[0];

  it('lists the plans to anyone, Starter first', async () => {
    const { data } = await billing.t.graphql<{ plans: { id: string; monthlyPriceCents: number; currency: string }[] }>(`{ plans { id monthlyPriceCents currency } }`);
    expect(data?.plans.map((plan) => plan.id)).toEqual(['STARTER', 'SOLO', 'PRACTICE', 'TEAM']);
    expect(data?.plans[1]).toEqual({ id: 'SOLO', monthlyPriceCents: 4900, currency: 'usd' });
  });

  it("shows a new practice on Starter with its usage against Starter's allowances", async () => {
    const practice = await buildPractice(billing.t, { coaches: 1 });
    expect(await practiceBilling(billing, practice.owner.headers)).toMatchObject({
      configured: true,
      missingVariables: [],
      limitsEnforced: true,
      plan: { id: 'STARTER' },
      subscribedPlan: null,
      status: 'NONE',
      readOnly: false,
      invoices: [],
      usage: [
        expect.objectContaining({ limit: 'coaches', used: 2, allowed: 1 }),
        expect.objectContaining({ limit: 'activeClients', used: 0, allowed: 5 }),
        expect.objectContaining({ limit: 'subscribers', used: 0, allowed: 250 }),
        expect.objectContaining({ limit: 'emailsPerMonth', used: 0, allowed: 1000 }),
      ],
    });
  });

  it('creates the customer and a Checkout session with idempotency keys, and only then keeps the customer', async () => {
    const practice = await buildPractice(billing.t);
    const before = billing.stripe.requests.length;
    const { data } = await billing.t.graphql<{ startPlanCheckout: { url: string } }>(CHECKOUT, { plan: 'PRACTICE' }, practice.owner.headers);
    expect(data?.startPlanCheckout.url).toMatch(`${billing.stripe.url}/pay/cs_test_`);

    const made = billing.stripe.requests.slice(before);
    expect(made.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/customers', 'POST /v1/checkout/sessions']);
    expect(made.every((r) => r.idempotencyKey?.includes(practice.practiceId))).toBe(true);

    const session = await billing.stripe.client().checkout.sessions.retrieve(sessionIdOf(data!.startPlanCheckout.url));
    expect(session).toMatchObject({
      mode: 'subscription',
      client_reference_id: practice.practiceId,
      metadata: { practiceId: practice.practiceId, plan: 'PRACTICE' },
      success_url: `${billing.t.config.publicUrl}/app/billing?checkout=success`,
      cancel_url: `${billing.t.config.publicUrl}/app/billing?checkout=cancelled`,
    });
    expect(await subscriptionRow(practice.practiceId)).toEqual({ stripe_customer_id: session.customer, status: 'NONE', plan: 'STARTER' });
  });

  it('answers the same session to a second click, and reuses the customer', async () => {
    const practice = await buildPractice(billing.t);
    const first = await billing.t.graphql<{ startPlanCheckout: { url: string } }>(CHECKOUT, { plan: 'SOLO' }, practice.owner.headers);
    const second = await billing.t.graphql<{ startPlanCheckout: { url: string } }>(CHECKOUT, { plan: 'SOLO' }, practice.owner.headers);
    expect(second.data?.startPlanCheckout.url).toBe(first.data?.startPlanCheckout.url);
    const other = await billing.t.graphql<{ startPlanCheckout: { url: string } }>(CHECKOUT, { plan: 'TEAM' }, practice.owner.headers);
    const sessions = await Promise.all([first, other].map((r) => billing.stripe.client().checkout.sessions.retrieve(sessionIdOf(r.data!.startPlanCheckout.url))));
    expect(sessions[1].id).not.toBe(sessions[0].id);
    expect(sessions[1].customer).toBe(sessions[0].customer);
  });

  it('shows the plan once the checkout is paid and its webhooks are processed, with the trial of a first subscription', async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'PRACTICE');
    const shown = await practiceBilling(billing, practice.owner.headers);
    expect(shown).toMatchObject({ plan: { id: 'PRACTICE' }, subscribedPlan: 'PRACTICE', status: 'TRIALING', cancelsAt: null, readOnly: false });
    const trialDays = (Date.parse(shown.trialEndsAt!) - Date.now()) / 86_400_000;
    expect(trialDays).toBeGreaterThan(13);
    expect(trialDays).toBeLessThanOrEqual(14);
    expect(shown.renewsAt).toEqual(shown.trialEndsAt);
    expect(shown.usage.find((u) => u.limit === 'activeClients')?.allowed).toBe(120);
  });

  it('refuses a second checkout while a subscription is live, pointing to changePlan', async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'SOLO');
    const { errors } = await billing.t.graphql(CHECKOUT, { plan: 'TEAM' }, practice.owner.headers);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'plan', message: expect.stringMatching(/use changePlan/) }] } });
  });

  it('offers no second trial to a practice that had a subscription', async () => {
    const practice = await buildPractice(billing.t);
    const customer = await billing.stripe.client().customers.create({ name: 'A practice that subscribed before' });
    await billing.t.db.query(
      `insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id, plan, status, started_at, canceled_at)
       values ($1, $2, $3, 'SOLO', 'CANCELED', now() - interval '60 days', now() - interval '5 days')`,
      [practice.practiceId, customer.id, `sub_ended_${customer.id}`],
    );
    const { data } = await billing.t.graphql<{ startPlanCheckout: { url: string } }>(CHECKOUT, { plan: 'SOLO' }, practice.owner.headers);
    const sessionId = sessionIdOf(data!.startPlanCheckout.url);
    await billing.stripe.completeCheckout(sessionId);
    const session = await billing.stripe.client().checkout.sessions.retrieve(sessionId);
    const subscription = await billing.stripe.client().subscriptions.retrieve(session.subscription as string);
    expect(subscription.status).toBe('active');
    expect(subscription.trial_end).toBeNull();
  });

  it('refuses Starter, which needs no checkout', async () => {
    const practice = await buildPractice(billing.t);
    const { errors } = await billing.t.graphql(CHECKOUT, { plan: 'STARTER' }, practice.owner.headers);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'plan' }] });
  });

  it('answers SERVICE_UNAVAILABLE and keeps nothing when Stripe cannot be reached', async () => {
    const practice = await buildPractice(billing.t);
    billing.stripe.setDown(true);
    try {
      const { data, errors } = await billing.t.graphql(CHECKOUT, { plan: 'SOLO' }, practice.owner.headers);
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/Stripe could not be reached.*nothing was changed/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      billing.stripe.setDown(false);
    }
    expect(await subscriptionRow(practice.practiceId)).toBeUndefined();
  });

  it('opens the Customer Portal for the practice’s own customer, and asks to subscribe first without one', async () => {
    const practice = await buildPractice(billing.t);
    const portal = `mutation { openBillingPortal { url } }`;
    const before = await billing.t.graphql(portal, {}, practice.owner.headers);
    expect(before.errors?.[0]).toMatchObject({ message: expect.stringMatching(/subscribe first/), extensions: { code: 'BAD_USER_INPUT' } });
    await subscribe(billing, practice.owner.headers, 'SOLO');
    const { data } = await billing.t.graphql<{ openBillingPortal: { url: string } }>(portal, {}, practice.owner.headers);
    expect(data?.openBillingPortal.url).toMatch(`${billing.stripe.url}/portal/bps_`);
    const request = billing.stripe.requests.filter((r) => r.path === '/v1/billing_portal/sessions').pop();
    expect(request?.idempotencyKey).toContain(practice.practiceId);
  });

  it('lets owners and admins see billing, and every member the standing', async () => {
    const practice = await buildPractice(billing.t, { admins: 1, coaches: 1, clients: 1 });
    await givePlan(billing.t, practice.practiceId, 'TEAM', 'PAST_DUE', { pastDueSince: new Date(Date.now() - 86_400_000), readOnlyFrom: new Date(Date.now() + 6 * 86_400_000) });
    expect((await practiceBilling(billing, practice.admins[0].headers)).plan.id).toBe('TEAM');
    const refused = await billing.t.graphql(`{ practiceBilling { status } }`, {}, practice.coaches[0].headers);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const person of [practice.coaches[0], practice.clients[0]]) {
      const { data } = await billing.t.graphql<{ practiceStanding: Record<string, unknown> }>(`{ practiceStanding { plan status readOnly suspended graceEndsAt } }`, {}, person.headers);
      expect(data?.practiceStanding).toMatchObject({ plan: 'TEAM', status: 'PAST_DUE', readOnly: false, suspended: false, graceEndsAt: expect.any(String) });
    }
  });

  it('lets a read-only practice pay, and tells a suspended one why nothing works', async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'SOLO');
    await billing.t.db.query(`update subscription set status = 'UNPAID', read_only_from = now() - interval '1 day' where tenant_id = $1`, [practice.practiceId]);
    const portal = await billing.t.graphql<{ openBillingPortal: { url: string } }>(`mutation { openBillingPortal { url } }`, {}, practice.owner.headers);
    expect(portal.data?.openBillingPortal.url).toMatch('/portal/');
    const standing = await billing.t.graphql(`{ practiceStanding { readOnly suspended } }`, {}, practice.owner.headers);
    expect(standing.data).toEqual({ practiceStanding: { readOnly: true, suspended: false } });

    await billing.t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Unpaid for months', 'operator@example.com')`, [practice.practiceId]);
    const suspended = await billing.t.graphql(`{ practiceStanding { suspended suspendedReason } }`, {}, practice.owner.headers);
    expect(suspended.data).toEqual({ practiceStanding: { suspended: true, suspendedReason: 'Unpaid for months' } });
    const closed = await billing.t.graphql(`{ practiceBilling { status } }`, {}, practice.owner.headers);
    expect(closed.errors?.[0].message).toMatch(/suspended/);
    // The reason is the practice's own members' to read: anyone else asking the database gets nothing.
    const outsider = await buildPractice(billing.t);
    const reasonFor = (userId: string) =>
      withClient(billing.t.db.appUrl, async (client) => {
        await client.query(`select set_config('app.user_id', $1, false)`, [userId]);
        return (await client.query<{ reason: string | null }>('select app_practice_suspension_reason($1) as reason', [practice.practiceId])).rows[0].reason;
      });
    expect(await reasonFor(practice.owner.userId)).toBe('Unpaid for months');
    expect(await reasonFor(outsider.owner.userId)).toBeNull();
  });

  describe('isolation, with billing configured', () => {
    it.each(Object.keys(isolationCases))('%s: tenant B reaches nothing of tenant A', async (operation) => {
      const pair = { a: await signUpOwner(billing.t), b: await signUpOwner(billing.t) };
      await runIsolationCase(billing.t, pair, billing.mail, isolationCases[operation]);
    });
  });
});
