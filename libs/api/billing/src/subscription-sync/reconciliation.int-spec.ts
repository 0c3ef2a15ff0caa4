import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, waitForJobs } from '@ascend/platform/testing';
import { BillingTestApp, givePlan, settleWebhooks, startBillingTestApp } from '../shared/billing-scenario';
import { Reconciliation } from './reconciliation.jobs';
import { billingState, subscribeAtStripe } from './subscription-scenario';

let billing: BillingTestApp;

beforeAll(async () => {
  billing = await startBillingTestApp();
});

afterAll(async () => {
  await billing?.close();
});

async function reconcile() {
  const { t } = billing;
  await t.app.get(TenantDatabase).run({}, () => t.app.get(Reconciliation).handle());
  await waitForJobs(t.db);
}

/** As if the practice was last compared with Stripe two hours ago. */
const age = (practiceId: string) => billing.t.db.query(`update subscription set synced_at = now() - interval '2 hours' where tenant_id = $1`, [practiceId]);

describe('the reconciliation', () => {
  it('repairs what changed at Stripe without an event', async () => {
    const { t, stripe } = billing;
    const practice = await buildPractice(t);
    const { subscriptionId } = await subscribeAtStripe(billing, practice, 'SOLO');
    await settleWebhooks(t, stripe);
    const synced = await billingState(t, practice.practiceId);
    expect(synced.subscription).toMatchObject({ plan: 'SOLO', status: 'ACTIVE' });

    const events = stripe.events.length;
    stripe.mutateSubscription(subscriptionId, { priceId: t.config.billing.stripe!.prices.TEAM, status: 'past_due', cancel_at_period_end: true });
    expect(stripe.events).toHaveLength(events);
    // A lost invoice is repaired too.
    await t.db.query('delete from billing_invoice where tenant_id = $1', [practice.practiceId]);
    await age(practice.practiceId);

    await reconcile();
    const repaired = await billingState(t, practice.practiceId);
    expect(repaired.subscription).toMatchObject({ plan: 'TEAM', status: 'PAST_DUE', cancel_at_period_end: true, mrr_cents: 29_900, past_due_since: expect.any(Date) });
    expect(repaired.invoices).toEqual(synced.invoices);
  });

  it('leaves a practice synced within the last half hour for the next run', async () => {
    const { t, stripe } = billing;
    const practice = await buildPractice(t);
    const { subscriptionId } = await subscribeAtStripe(billing, practice, 'SOLO');
    await settleWebhooks(t, stripe);
    stripe.mutateSubscription(subscriptionId, { priceId: t.config.billing.stripe!.prices.PRACTICE });

    await reconcile();
    expect((await billingState(t, practice.practiceId)).subscription).toMatchObject({ plan: 'SOLO' });
  });

  it('cancels a practice whose customer has no subscription at Stripe any more', async () => {
    const { t } = billing;
    const practice = await buildPractice(t);
    // A subscription Ascend believes in, for a customer Stripe has nothing for.
    await givePlan(t, practice.practiceId, 'TEAM', 'ACTIVE');
    await t.db.query(`update subscription set stripe_subscription_id = 'sub_vanished' where tenant_id = $1`, [practice.practiceId]);
    await age(practice.practiceId);

    await reconcile();
    expect((await billingState(t, practice.practiceId)).subscription).toMatchObject({ plan: 'TEAM', status: 'CANCELED', mrr_cents: 0, canceled_at: expect.any(Date) });
  });
});
