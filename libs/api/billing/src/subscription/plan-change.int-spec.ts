import { BILLING_VARIABLES } from '@ascend/platform/config';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { BillingModule } from '../billing.module';
import { BillingTestApp, settleWebhooks, startBillingTestApp } from '../shared/billing-scenario';
import { BILLING_FIELDS, BillingAnswer, practiceBilling, subscribe } from './subscription-scenario';

const CHANGE = `mutation($plan: PlanId!) { changePlan(plan: $plan) { ${BILLING_FIELDS} } }`;

describe('changing plans', () => {
  let billing: BillingTestApp;

  beforeAll(async () => {
    billing = await startBillingTestApp();
  });
  afterAll(async () => {
    await billing?.close();
  });

  const change = (headers: Record<string, string>, plan: string) => billing.t.graphql<{ changePlan: BillingAnswer }>(CHANGE, { plan }, headers);
  const stripeSubscription = async (practiceId: string) => {
    const [row] = await billing.t.db.query<{ stripe_subscription_id: string }>('select stripe_subscription_id from subscription where tenant_id = $1', [practiceId]);
    return billing.stripe.client().subscriptions.retrieve(row.stripe_subscription_id);
  };
  const subscriptionUpdates = () => billing.stripe.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/subscriptions/'));
  const addActiveClients = (practiceId: string, count: number) =>
    billing.t.db.query(
      `insert into client (tenant_id, name, email, status, time_zone)
       select $1, 'Client ' || n, 'client-' || n || '-' || $2 || '@example.com', 'ACTIVE', 'Europe/London' from generate_series(1, $3::int) as n`,
      [practiceId, practiceId.slice(0, 8), count],
    );

  it('upgrades at once at Stripe, with an idempotency key, and shows the new plan before any webhook', async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'SOLO');
    const updatesBefore = subscriptionUpdates().length;
    const { data, errors } = await change(practice.owner.headers, 'TEAM');
    expect(errors).toBeUndefined();
    expect(data?.changePlan).toMatchObject({ plan: { id: 'TEAM' }, subscribedPlan: 'TEAM', cancelsAt: null });
    const [update] = subscriptionUpdates().slice(updatesBefore);
    expect(update.idempotencyKey).toMatch(/^plan-change:sub_/);
    expect((await stripeSubscription(practice.practiceId)).items.data[0].price.id).toBe(billing.t.config.billing.stripe!.prices.TEAM);

    await settleWebhooks(billing.t, billing.stripe);
    expect((await practiceBilling(billing, practice.owner.headers)).plan.id).toBe('TEAM');
  });

  it('refuses a downgrade below current usage, naming what to remove first, and changes nothing at Stripe', async () => {
    const practice = await buildPractice(billing.t, { coaches: 2 });
    await subscribe(billing, practice.owner.headers, 'PRACTICE');
    const updatesBefore = subscriptionUpdates().length;
    const { data, errors } = await change(practice.owner.headers, 'SOLO');
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('remove 2 coaches (3 of 1 allowed)'),
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'plan' }] },
    });
    expect(subscriptionUpdates().length).toBe(updatesBefore);
    expect((await practiceBilling(billing, practice.owner.headers)).plan.id).toBe('PRACTICE');
  });

  it('cancels at the period end for Starter, and resumes when the current plan is chosen again', async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'SOLO');
    const cancelled = (await change(practice.owner.headers, 'STARTER')).data?.changePlan;
    expect(cancelled).toMatchObject({ plan: { id: 'SOLO' }, renewsAt: null, cancelsAt: expect.any(String) });
    expect((await stripeSubscription(practice.practiceId)).cancel_at_period_end).toBe(true);

    const resumed = (await change(practice.owner.headers, 'SOLO')).data?.changePlan;
    expect(resumed).toMatchObject({ plan: { id: 'SOLO' }, renewsAt: cancelled?.cancelsAt, cancelsAt: null });
    expect((await stripeSubscription(practice.practiceId)).cancel_at_period_end).toBe(false);
  });

  it("refuses Starter while the practice uses more than Starter allows, paid offerings included", async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'SOLO');
    await addActiveClients(practice.practiceId, 6);
    await billing.t.db.query(
      `insert into masterclass (tenant_id, slug, title, starts_at, duration_minutes, time_zone, capacity, price_cents, currency, registration_deadline, status)
       values ($1, 'goal-setting-lab', 'Goal setting lab', now() + interval '7 days', 60, 'Europe/London', 20, 2500, 'USD', now() + interval '6 days', 'PUBLISHED')`,
      [practice.practiceId],
    );
    const { errors } = await change(practice.owner.headers, 'STARTER');
    expect(errors?.[0].message).toMatch(/remove 1 active client \(6 of 5 allowed\); withdraw 1 paid offering/);
    expect((await stripeSubscription(practice.practiceId)).cancel_at_period_end).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE and keeps the plan when Stripe cannot be reached', async () => {
    const practice = await buildPractice(billing.t);
    await subscribe(billing, practice.owner.headers, 'SOLO');
    billing.stripe.setDown(true);
    try {
      const { errors } = await change(practice.owner.headers, 'PRACTICE');
      expect(errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      billing.stripe.setDown(false);
    }
    expect((await practiceBilling(billing, practice.owner.headers)).plan.id).toBe('SOLO');
  });

  it('refuses a checkout for a plan the practice already outgrows, before anything reaches Stripe', async () => {
    const practice = await buildPractice(billing.t, { coaches: 2 });
    const requestsBefore = billing.stripe.requests.length;
    const { errors } = await billing.t.graphql(`mutation { startPlanCheckout(plan: SOLO) { url } }`, {}, practice.owner.headers);
    expect(errors?.[0]).toMatchObject({
      message: 'This practice uses more than the Solo plan allows. Before changing, remove 2 coaches (3 of 1 allowed).',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'plan' }] },
    });
    expect(billing.stripe.requests.length).toBe(requestsBefore);
    expect(await billing.t.db.query('select 1 from subscription where tenant_id = $1', [practice.practiceId])).toEqual([]);
  });

  it('points a practice without a subscription to checkout', async () => {
    const practice = await buildPractice(billing.t);
    const { errors } = await change(practice.owner.headers, 'SOLO');
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/startPlanCheckout/), extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'plan' }] } });
  });
});

describe('billing without Stripe keys', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, BillingModule] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows Starter, no limits enforced, and which variables enable billing", async () => {
    const practice = await buildPractice(t, { coaches: 3 });
    const { data } = await t.graphql<{ practiceBilling: BillingAnswer }>(`{ practiceBilling { ${BILLING_FIELDS} } }`, {}, practice.owner.headers);
    expect(data?.practiceBilling).toMatchObject({
      configured: false,
      missingVariables: [...BILLING_VARIABLES],
      limitsEnforced: false,
      plan: { id: 'STARTER' },
      subscribedPlan: null,
      status: 'NONE',
    });
    expect(data?.practiceBilling.usage[0]).toMatchObject({ limit: 'coaches', used: 4, allowed: 1 });
  });

  it.each([
    ['startPlanCheckout', `mutation { startPlanCheckout(plan: SOLO) { url } }`],
    ['openBillingPortal', `mutation { openBillingPortal { url } }`],
    ['changePlan', `mutation { changePlan(plan: TEAM) { status } }`],
  ])('refuses %s, naming the variables to set', async (_name, mutation) => {
    const practice = await buildPractice(t);
    const { errors } = await t.graphql(mutation, {}, practice.owner.headers);
    expect(errors?.[0]).toMatchObject({
      message: `Billing is not configured on this Ascend server: set ${BILLING_VARIABLES.join(', ')} to enable it`,
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
