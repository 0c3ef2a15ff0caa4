import type Stripe from 'stripe';
import { currentSubscription, differences, invoiceRow, mapSubscription, MappingContext, monthlyCents, statusOf, withoutSubscription } from './subscription-rules';

const NOW = new Date('2026-03-10T12:00:00Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;
const PRICES: Record<string, 'SOLO' | 'PRACTICE' | 'TEAM'> = { price_solo: 'SOLO', price_practice: 'PRACTICE', price_team: 'TEAM' };

const context = (extra: Partial<MappingContext> = {}): MappingContext => ({ planOfPrice: (price) => PRICES[price], graceDays: 7, now: NOW, ...extra });

function price(id: string, unitAmount: number, interval: 'day' | 'week' | 'month' | 'year' = 'month', intervalCount = 1) {
  return { id, unit_amount: unitAmount, recurring: { interval, interval_count: intervalCount } } as Stripe.Price;
}

function subscription(fields: Partial<Stripe.Subscription> & { price?: Stripe.Price; quantity?: number; periodEnd?: string } = {}): Stripe.Subscription {
  const { price: itemPrice = price('price_solo', 4900), quantity = 1, periodEnd = '2026-04-01T00:00:00Z', ...rest } = fields;
  return {
    id: 'sub_1',
    customer: 'cus_1',
    status: 'active',
    currency: 'usd',
    trial_end: null,
    cancel_at_period_end: false,
    start_date: seconds('2026-01-01T00:00:00Z'),
    canceled_at: null,
    ended_at: null,
    created: seconds('2026-01-01T00:00:00Z'),
    items: { data: [{ price: itemPrice, quantity, current_period_end: seconds(periodEnd) }] },
    ...rest,
  } as unknown as Stripe.Subscription;
}

describe('statusOf', () => {
  it('upper-cases the statuses Stripe has', () => {
    expect(statusOf('past_due')).toBe('PAST_DUE');
    expect(statusOf('incomplete_expired')).toBe('INCOMPLETE_EXPIRED');
  });

  it('treats a status it does not know as not live', () => {
    expect(statusOf('on_hold_forever')).toBe('INCOMPLETE');
  });
});

describe('monthlyCents', () => {
  it('is the price times the quantity for a monthly price', () => {
    expect(monthlyCents(price('p', 4900), 2)).toBe(9800);
  });

  it('spreads yearly and multi-month prices over their months', () => {
    expect(monthlyCents(price('p', 120_000, 'year'), 1)).toBe(10_000);
    expect(monthlyCents(price('p', 30_000, 'month', 3), 1)).toBe(10_000);
  });

  it('is zero for a one-time price or one without an amount', () => {
    expect(monthlyCents({ unit_amount: 500, recurring: null }, 1)).toBe(0);
    expect(monthlyCents({ unit_amount: null, recurring: { interval: 'month', interval_count: 1 } as Stripe.Price.Recurring }, 1)).toBe(0);
  });
});

describe('mapSubscription', () => {
  it('maps an active subscription: plan from the price, period end from the items, MRR', () => {
    const { state, unknownPrice } = mapSubscription(subscription({ price: price('price_practice', 12_900) }), context());
    expect(unknownPrice).toBeUndefined();
    expect(state).toMatchObject({
      stripeCustomerId: 'cus_1',
      stripeSubscriptionId: 'sub_1',
      plan: 'PRACTICE',
      status: 'ACTIVE',
      currentPeriodEnd: new Date('2026-04-01T00:00:00Z'),
      mrrCents: 12_900,
      pastDueSince: null,
      readOnlyFrom: null,
      startedAt: new Date('2026-01-01T00:00:00Z'),
      canceledAt: null,
    });
  });

  it('brings in nothing while trialing, and keeps the trial end', () => {
    const { state } = mapSubscription(subscription({ status: 'trialing', trial_end: seconds('2026-03-24T00:00:00Z') }), context());
    expect(state.mrrCents).toBe(0);
    expect(state.trialEnd).toEqual(new Date('2026-03-24T00:00:00Z'));
  });

  it('starts the grace period when first seen overdue, and keeps its start while it stays overdue', () => {
    const first = mapSubscription(subscription({ status: 'past_due' }), context()).state;
    expect(first.pastDueSince).toEqual(NOW);
    expect(first.readOnlyFrom).toEqual(new Date('2026-03-17T12:00:00Z'));
    expect(first.mrrCents).toBe(4900);

    const earlier = new Date('2026-03-01T00:00:00Z');
    const later = mapSubscription(subscription({ status: 'unpaid' }), context({ previous: { plan: 'SOLO', pastDueSince: earlier } })).state;
    expect(later.pastDueSince).toEqual(earlier);
    expect(later.readOnlyFrom).toEqual(new Date('2026-03-08T00:00:00Z'));
    expect(later.mrrCents).toBe(0);
  });

  it.each(['active', 'trialing', 'canceled'] as const)('clears the overdue time once %s', (status) => {
    const { state } = mapSubscription(subscription({ status }), context({ previous: { plan: 'SOLO', pastDueSince: new Date('2026-03-01T00:00:00Z') } }));
    expect(state.pastDueSince).toBeNull();
    expect(state.readOnlyFrom).toBeNull();
  });

  it('records when an ended subscription ended, not when its end was asked for', () => {
    const ended = mapSubscription(
      subscription({ status: 'canceled', canceled_at: seconds('2026-02-10T00:00:00Z'), ended_at: seconds('2026-03-01T00:00:00Z') }),
      context(),
    ).state;
    expect(ended).toMatchObject({ status: 'CANCELED', canceledAt: new Date('2026-03-01T00:00:00Z'), mrrCents: 0 });

    const ending = mapSubscription(subscription({ cancel_at_period_end: true, canceled_at: seconds('2026-02-10T00:00:00Z') }), context()).state;
    expect(ending).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true, canceledAt: null });
  });

  it('keeps the plan it had when the price is none of the plans, and says which price', () => {
    const { state, unknownPrice } = mapSubscription(subscription({ price: price('price_legacy', 1000) }), context({ previous: { plan: 'TEAM', pastDueSince: null } }));
    expect(state.plan).toBe('TEAM');
    expect(unknownPrice).toBe('price_legacy');
  });

  it('multiplies by the quantity', () => {
    expect(mapSubscription(subscription({ quantity: 3 }), context()).state.mrrCents).toBe(14_700);
  });
});

describe('withoutSubscription', () => {
  const previous = { stripeCustomerId: 'cus_1', plan: 'SOLO' as const, currency: 'usd', startedAt: null, canceledAt: null };

  it('is NONE for a customer that never subscribed', () => {
    expect(withoutSubscription({ ...previous, stripeSubscriptionId: null }, NOW)).toMatchObject({ status: 'NONE', canceledAt: null, mrrCents: 0 });
  });

  it('is CANCELED for a subscription Stripe no longer has', () => {
    expect(withoutSubscription({ ...previous, stripeSubscriptionId: 'sub_1' }, NOW)).toMatchObject({ status: 'CANCELED', canceledAt: NOW, readOnlyFrom: null });
  });
});

describe('currentSubscription', () => {
  it('prefers the newest subscription that has not ended', () => {
    const list = [
      { id: 'old', status: 'active', created: 1 },
      { id: 'new-ended', status: 'canceled', created: 3 },
      { id: 'live', status: 'past_due', created: 2 },
    ] as (Pick<Stripe.Subscription, 'status' | 'created'> & { id: string })[];
    expect(currentSubscription(list)?.id).toBe('live');
  });

  it('falls back to the newest when all have ended, and to none for none', () => {
    const list = [
      { id: 'a', status: 'canceled', created: 1 },
      { id: 'b', status: 'incomplete_expired', created: 2 },
    ] as (Pick<Stripe.Subscription, 'status' | 'created'> & { id: string })[];
    expect(currentSubscription(list)?.id).toBe('b');
    expect(currentSubscription([])).toBeUndefined();
  });
});

describe('differences', () => {
  it('names each changed field with its old and new value', () => {
    const before = mapSubscription(subscription(), context()).state;
    const after = mapSubscription(subscription({ status: 'past_due', price: price('price_team', 29_900) }), context()).state;
    expect(differences(before, after)).toEqual([
      'plan: SOLO -> TEAM',
      'status: ACTIVE -> PAST_DUE',
      `pastDueSince: null -> ${NOW.toISOString()}`,
      'readOnlyFrom: null -> 2026-03-17T12:00:00.000Z',
      'mrrCents: 4900 -> 29900',
    ]);
    expect(differences(after, after)).toEqual([]);
  });
});

describe('invoiceRow', () => {
  it('takes the billed period from the lines', () => {
    const invoice = {
      id: 'in_1',
      number: 'ABC-0001',
      status: 'paid',
      amount_due: 4900,
      amount_paid: 4900,
      currency: 'usd',
      hosted_invoice_url: 'https://stripe.test/i/in_1',
      invoice_pdf: null,
      period_start: seconds('2026-02-01T00:00:00Z'),
      period_end: seconds('2026-02-01T00:00:00Z'),
      created: seconds('2026-02-01T00:00:00Z'),
      lines: { data: [{ period: { start: seconds('2026-02-01T00:00:00Z'), end: seconds('2026-03-01T00:00:00Z') } }] },
    } as unknown as Stripe.Invoice;
    expect(invoiceRow(invoice)).toMatchObject({ id: 'in_1', status: 'paid', periodStart: new Date('2026-02-01T00:00:00Z'), periodEnd: new Date('2026-03-01T00:00:00Z') });
  });
});
