import { planById } from '@ascend/platform/tenancy';
import { checkoutRefusal, isLive, planChange, planModel, subscriptionView, SubscriptionRow, trialDaysFor, usageFigures, windowedKey } from './billing-rules';

const now = new Date('2026-11-21T12:00:00Z');
const periodEnd = new Date('2026-12-21T12:00:00Z');
const trialEnd = new Date('2026-12-05T12:00:00Z');

function row(change: Partial<SubscriptionRow> = {}): SubscriptionRow {
  return {
    plan: 'PRACTICE',
    status: 'ACTIVE',
    stripe_customer_id: 'cus_riverside',
    stripe_subscription_id: 'sub_riverside',
    current_period_end: periodEnd,
    trial_end: null,
    cancel_at_period_end: false,
    read_only_from: null,
    started_at: new Date('2026-10-21T12:00:00Z'),
    canceled_at: null,
    updated_at: now,
    ...change,
  };
}

describe('what the billing page shows of a subscription', () => {
  it('shows the free plan with nothing pending when there is no row', () => {
    expect(subscriptionView(undefined, now)).toEqual({ subscribedPlan: null, status: 'NONE', trialEndsAt: null, renewsAt: null, cancelsAt: null, graceEndsAt: null, readOnly: false });
  });

  it('shows no subscribed plan for a customer whose checkout was never completed', () => {
    expect(subscriptionView(row({ stripe_subscription_id: null, status: 'NONE', plan: 'STARTER' }), now)).toMatchObject({ subscribedPlan: null, status: 'NONE', renewsAt: null });
  });

  it('renews an active subscription at the end of its period', () => {
    expect(subscriptionView(row(), now)).toMatchObject({ subscribedPlan: 'PRACTICE', renewsAt: periodEnd, cancelsAt: null, trialEndsAt: null });
  });

  it('says when a subscription set to end ends, and no renewal', () => {
    expect(subscriptionView(row({ cancel_at_period_end: true }), now)).toMatchObject({ renewsAt: null, cancelsAt: periodEnd });
  });

  it('shows the trial end only while trialing', () => {
    expect(subscriptionView(row({ status: 'TRIALING', trial_end: trialEnd }), now).trialEndsAt).toEqual(trialEnd);
    expect(subscriptionView(row({ status: 'ACTIVE', trial_end: trialEnd }), now).trialEndsAt).toBeNull();
  });

  it('shows when an overdue practice turns read-only, and that it has', () => {
    const soon = new Date('2026-11-25T12:00:00Z');
    expect(subscriptionView(row({ status: 'PAST_DUE', read_only_from: soon }), now)).toMatchObject({ graceEndsAt: soon, readOnly: false });
    const past = new Date('2026-11-20T12:00:00Z');
    expect(subscriptionView(row({ status: 'UNPAID', read_only_from: past }), now)).toMatchObject({ graceEndsAt: past, readOnly: true });
    expect(subscriptionView(row({ status: 'ACTIVE', read_only_from: soon }), now).graceEndsAt).toBeNull();
  });

  it('keeps the plan of a cancelled subscription but no dates ahead', () => {
    expect(subscriptionView(row({ status: 'CANCELED', cancel_at_period_end: true }), now)).toMatchObject({ subscribedPlan: 'PRACTICE', renewsAt: null, cancelsAt: null });
  });
});

describe('whether a new checkout is allowed', () => {
  it.each(['TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID'] as const)('refuses a practice whose subscription is %s, pointing to changePlan', (status) => {
    expect(checkoutRefusal(row({ status }))).toMatch(/use changePlan/);
  });

  it.each(['PAUSED', 'INCOMPLETE'] as const)('sends a %s subscription to the portal instead of making a second one', (status) => {
    expect(checkoutRefusal(row({ status }))).toMatch(/billing portal/);
  });

  it.each(['NONE', 'CANCELED', 'INCOMPLETE_EXPIRED'] as const)('allows one after %s', (status) => {
    expect(checkoutRefusal(row({ status }))).toBeUndefined();
  });

  it('allows one without any row', () => {
    expect(checkoutRefusal(undefined)).toBeUndefined();
  });
});

describe('the trial', () => {
  it('is offered to a practice that never subscribed', () => {
    expect(trialDaysFor(undefined, 14)).toBe(14);
    expect(trialDaysFor(row({ stripe_subscription_id: null, status: 'NONE', started_at: null }), 14)).toBe(14);
  });

  it('is not offered again after a subscription, even a cancelled one', () => {
    expect(trialDaysFor(row({ status: 'CANCELED' }), 14)).toBeUndefined();
    expect(trialDaysFor(row({ stripe_subscription_id: null, started_at: null, canceled_at: now }), 14)).toBeUndefined();
  });

  it('is not offered when no trial days are configured', () => {
    expect(trialDaysFor(undefined, 0)).toBeUndefined();
  });
});

describe('idempotency keys over a window', () => {
  const start = new Date('2026-11-21T12:00:00Z');
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('stays the same for the same request within the window', () => {
    expect(windowedKey(['checkout', 'p1', 'SOLO'], at(1), 10)).toBe(windowedKey(['checkout', 'p1', 'SOLO'], at(9), 10));
  });

  it('changes after the window, and with the request', () => {
    expect(windowedKey(['checkout', 'p1', 'SOLO'], at(1), 10)).not.toBe(windowedKey(['checkout', 'p1', 'SOLO'], at(11), 10));
    expect(windowedKey(['checkout', 'p1', 'SOLO'], at(1), 10)).not.toBe(windowedKey(['checkout', 'p1', 'TEAM'], at(1), 10));
  });
});

describe('what a plan change means', () => {
  it('switches to another paid plan', () => {
    expect(planChange(row(), 'TEAM')).toEqual({ kind: 'switch', plan: 'TEAM' });
  });

  it('cancels at the period end for Starter, once', () => {
    expect(planChange(row(), 'STARTER')).toEqual({ kind: 'cancel' });
    expect(planChange(row({ cancel_at_period_end: true }), 'STARTER')).toEqual({ kind: 'none' });
  });

  it('resumes a subscription set to end when asked for its own plan', () => {
    expect(planChange(row({ cancel_at_period_end: true }), 'PRACTICE')).toEqual({ kind: 'resume' });
    expect(planChange(row(), 'PRACTICE')).toEqual({ kind: 'none' });
  });

  it('refuses without a live subscription', () => {
    expect(planChange(undefined, 'SOLO')).toMatchObject({ kind: 'refused', message: expect.stringMatching(/startPlanCheckout/) });
    expect(planChange(row({ status: 'CANCELED' }), 'TEAM')).toMatchObject({ kind: 'refused' });
    expect(planChange(undefined, 'STARTER')).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Starter plan already/) });
  });

  it('treats only trialing, active and overdue subscriptions as live', () => {
    expect(['TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED', 'PAUSED', 'NONE'].map((s) => isLive(s as SubscriptionRow['status']))).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('usage and plans for the page', () => {
  it('gives one figure per counted limit with what the plan allows', () => {
    const figures = usageFigures(planById('STARTER'), { coaches: 1, activeClients: 4, subscribers: 30, emailsPerMonth: 90 });
    expect(figures.map(({ limit, used, allowed }) => [limit, used, allowed])).toEqual([
      ['coaches', 1, 1],
      ['activeClients', 4, 5],
      ['subscribers', 30, 250],
      ['emailsPerMonth', 90, 1000],
    ]);
    expect(figures[0].label).toMatch(/pending invitations included/);
  });

  it('prices plans in US dollars', () => {
    expect(planModel(planById('SOLO'))).toMatchObject({ id: 'SOLO', currency: 'usd', monthlyPriceCents: 4900, limits: { paidOfferings: true } });
  });
});
