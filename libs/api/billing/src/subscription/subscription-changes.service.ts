import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { downgradeBlockers, Entitlements, PlanId, planById, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import { SubscriptionSync } from '../subscription-sync/subscription-sync';
import { CHECKOUT_KEY_MINUTES, checkoutRefusal, PaidPlanId, planChange, PORTAL_KEY_MINUTES, SubscriptionRow, trialDaysFor, windowedKey } from './billing-rules';
import { PracticeBilling } from './subscription.models';
import { SubscriptionService } from './subscription.service';

/** Paid masterclasses on sale and coaching packages offered: what a plan without paid offerings cannot keep. */
const PAID_OFFERINGS_IN_USE = `
  select (select count(*)::int from masterclass where tenant_id = $1 and status = 'PUBLISHED' and price_cents is not null and starts_at > now())
       + (select count(*)::int from offering where tenant_id = $1 and active) as count`;

const planProblem = (message: string) => new DomainError('BAD_USER_INPUT', message, [{ field: 'plan', message }]);

/**
 * Changing the practice's subscription through Stripe: a Checkout for the first one, the Customer Portal for card,
 * invoices and cancellation, and plan changes in place. Each Stripe call is made before anything is written and
 * carries an idempotency key, so a failure leaves nothing half-made and a repeated click makes nothing twice.
 */
@Injectable()
export class SubscriptionChanges {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly gateway: StripeGateway,
    private readonly entitlements: Entitlements,
    private readonly subscriptions: SubscriptionService,
    private readonly sync: SubscriptionSync,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async startCheckout(plan: PlanId): Promise<{ url: string }> {
    this.gateway.require();
    if (plan === 'STARTER') throw planProblem('Starter is free and needs no checkout: choose Solo, Practice or Team');
    const practiceId = this.context.practiceId;
    const row = await this.subscriptions.row(practiceId, true);
    const refusal = checkoutRefusal(row);
    if (refusal) throw planProblem(refusal);
    // A plan the practice already outgrows would refuse its next addition: say so before anyone pays.
    await this.refuseAboveLimits(practiceId, plan);
    const customer = row?.stripe_customer_id ?? (await this.createCustomer(practiceId));
    const trialDays = trialDaysFor(row, this.config.billing.trialDays);
    const metadata = { practiceId, plan };
    const billingPage = `${this.config.publicUrl}/app/billing`;
    const session = await this.gateway.call('start a checkout', (stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          customer,
          client_reference_id: practiceId,
          line_items: [{ price: this.gateway.priceOf(plan), quantity: 1 }],
          metadata,
          subscription_data: { metadata, ...(trialDays ? { trial_period_days: trialDays } : {}) },
          success_url: `${billingPage}?checkout=success`,
          cancel_url: `${billingPage}?checkout=cancelled`,
        },
        { idempotencyKey: windowedKey(['plan-checkout', practiceId, customer, plan, trialDays ? 'trial' : 'paid'], new Date(), CHECKOUT_KEY_MINUTES) },
      ),
    );
    if (!session.url) throw new DomainError('SERVICE_UNAVAILABLE', 'Stripe gave no checkout page; nothing was changed, please try again in a minute');
    // Only now is anything written: the customer, so that the webhooks of this checkout find the practice.
    await this.db.manager.query(`insert into subscription (tenant_id, stripe_customer_id) values ($1, $2) on conflict (tenant_id) do nothing`, [practiceId, customer]);
    return { url: session.url };
  }

  async openPortal(): Promise<{ url: string }> {
    this.gateway.require();
    const practiceId = this.context.practiceId;
    const row = await this.subscriptions.row(practiceId);
    if (!row) throw new DomainError('BAD_USER_INPUT', 'This practice has no billing account at Stripe yet: subscribe first');
    const session = await this.gateway.call('open the billing portal', (stripe) =>
      stripe.billingPortal.sessions.create(
        { customer: row.stripe_customer_id, return_url: `${this.config.publicUrl}/app/billing` },
        { idempotencyKey: windowedKey(['billing-portal', practiceId, row.stripe_customer_id], new Date(), PORTAL_KEY_MINUTES) },
      ),
    );
    return { url: session.url };
  }

  /**
   * Another paid plan switches the subscription's price (prorated); Starter cancels at the period's end; the current
   * plan resumes a subscription set to end. Refused while the practice uses more than the new plan allows.
   */
  async changePlan(target: PlanId): Promise<PracticeBilling> {
    this.gateway.require();
    const practiceId = this.context.practiceId;
    // Locked until the change is applied: two changes of one practice run one after the other.
    const row = await this.subscriptions.row(practiceId, true);
    const change = planChange(row, target);
    if (change.kind === 'refused') throw planProblem(change.message);
    if (change.kind === 'none') return this.subscriptions.billing();
    const subscription = row as SubscriptionRow & { stripe_subscription_id: string };
    if (change.kind !== 'resume') await this.refuseAboveLimits(practiceId, target);
    const updated = await this.gateway.call('change the plan', async (stripe) => {
      const params: Stripe.SubscriptionUpdateParams =
        change.kind === 'switch' ? await this.priceChange(stripe, subscription.stripe_subscription_id, practiceId, change.plan) : { cancel_at_period_end: change.kind === 'cancel' };
      // Keyed by the state it changes: the same change of the same state is one change, a later one is another.
      const key = ['plan-change', subscription.stripe_subscription_id, target, change.kind, String(subscription.updated_at.getTime())].join(':');
      return stripe.subscriptions.update(subscription.stripe_subscription_id, params, { idempotencyKey: key });
    });
    // Stripe's answer is the subscription's latest state: applied now, the webhooks that follow find it done.
    await this.sync.apply(practiceId, updated);
    return this.subscriptions.billing();
  }

  /** The current item gets the new price; a subscription set to end is resumed by moving it to another plan. */
  private async priceChange(stripe: Stripe, subscriptionId: string, practiceId: string, plan: PaidPlanId): Promise<Stripe.SubscriptionUpdateParams> {
    const current = await stripe.subscriptions.retrieve(subscriptionId);
    const [item] = current.items.data;
    return {
      items: [{ id: item.id, price: this.gateway.priceOf(plan) }],
      proration_behavior: 'create_prorations',
      cancel_at_period_end: false,
      metadata: { practiceId, plan },
    };
  }

  private async refuseAboveLimits(practiceId: string, target: PlanId) {
    const plan = planById(target);
    const usage = await this.entitlements.usage(practiceId);
    const [{ count }]: { count: number }[] = await this.db.manager.query(PAID_OFFERINGS_IN_USE, [practiceId]);
    const blockers = downgradeBlockers(plan, usage, count);
    if (blockers.length) throw planProblem(`This practice uses more than the ${plan.name} plan allows. Before changing, ${blockers.join('; ')}.`);
  }

  private async createCustomer(practiceId: string): Promise<string> {
    const [practice]: { name: string }[] = await this.db.manager.query('select name from practice where id = $1', [practiceId]);
    // Keyed by the practice: a retry after a failed checkout finds the customer the first attempt made.
    const customer = await this.gateway.call('create the billing account', (stripe) =>
      stripe.customers.create({ name: practice.name, metadata: { practiceId } }, { idempotencyKey: `practice-customer:${practiceId}` }),
    );
    return customer.id;
  }
}
