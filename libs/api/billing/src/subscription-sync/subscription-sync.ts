import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Jobs } from '@ascend/platform/jobs';
import { PlanId, TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import { PAYMENT_FAILED_MAIL } from './payment-failed-mail.job';
import { currentSubscription, differences, invoiceRow, mapSubscription, SubscriptionState, SubscriptionStatus, withoutSubscription } from './subscription-rules';

const logger = new Logger('Billing');

interface StoredRow {
  stripe_customer_id: string;
  stripe_subscription_id: string | null;
  plan: PlanId;
  status: SubscriptionStatus;
  current_period_end: Date | null;
  trial_end: Date | null;
  cancel_at_period_end: boolean;
  past_due_since: Date | null;
  read_only_from: Date | null;
  mrr_cents: number;
  currency: string;
  started_at: Date | null;
  canceled_at: Date | null;
}

const STORED_COLUMNS = `stripe_customer_id, stripe_subscription_id, plan, status, current_period_end, trial_end, cancel_at_period_end,
  past_due_since, read_only_from, mrr_cents, currency, started_at, canceled_at`;

const WRITE = `
  insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id, plan, status, current_period_end, trial_end,
                            cancel_at_period_end, past_due_since, read_only_from, mrr_cents, currency, started_at, canceled_at, synced_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
  on conflict (tenant_id) do update set
    stripe_customer_id = excluded.stripe_customer_id, stripe_subscription_id = excluded.stripe_subscription_id, plan = excluded.plan,
    status = excluded.status, current_period_end = excluded.current_period_end, trial_end = excluded.trial_end,
    cancel_at_period_end = excluded.cancel_at_period_end, past_due_since = excluded.past_due_since, read_only_from = excluded.read_only_from,
    mrr_cents = excluded.mrr_cents, currency = excluded.currency, started_at = excluded.started_at, canceled_at = excluded.canceled_at,
    synced_at = now(), updated_at = now()`;

const stateOf = (row: StoredRow): SubscriptionState => ({
  stripeCustomerId: row.stripe_customer_id,
  stripeSubscriptionId: row.stripe_subscription_id,
  plan: row.plan,
  status: row.status,
  currentPeriodEnd: row.current_period_end,
  trialEnd: row.trial_end,
  cancelAtPeriodEnd: row.cancel_at_period_end,
  pastDueSince: row.past_due_since,
  readOnlyFrom: row.read_only_from,
  mrrCents: row.mrr_cents,
  currency: row.currency,
  startedAt: row.started_at,
  canceledAt: row.canceled_at,
});

/** What a sync changed in the practice's row (empty: it already matched Stripe). */
export interface SyncResult {
  changes: string[];
  state: SubscriptionState | undefined;
}

/**
 * Keeps each practice's `subscription` row equal to Stripe's subscription, in the caller's transaction (a webhook's
 * job, the reconciliation, or an operation that just changed the subscription at Stripe). Stripe's own object is the
 * truth: events only say when to look.
 */
@Injectable()
export class SubscriptionSync {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateway: StripeGateway,
    private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records that `customerId` is the practice's Stripe customer (and `subscriptionId` its subscription, when known):
   * a Checkout completed, or an event of ours arrived before it. The rest of the row comes from `refresh`.
   */
  async link(practiceId: string, customerId: string, subscriptionId?: string | null): Promise<void> {
    await this.db.manager.query(
      `insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id) values ($1, $2, $3)
       on conflict (tenant_id) do update
          set stripe_customer_id = excluded.stripe_customer_id,
              stripe_subscription_id = coalesce(excluded.stripe_subscription_id, subscription.stripe_subscription_id),
              updated_at = now()
        where subscription.stripe_customer_id <> excluded.stripe_customer_id
           or subscription.stripe_subscription_id is distinct from coalesce(excluded.stripe_subscription_id, subscription.stripe_subscription_id)`,
      [practiceId, customerId, subscriptionId ?? null],
    );
  }

  /** Writes the practice's row from Stripe's subscription object; answers what changed. */
  async apply(practiceId: string, subscription: Stripe.Subscription): Promise<SyncResult> {
    const before = await this.stored(practiceId);
    const { state, unknownPrice } = mapSubscription(subscription, {
      previous: before,
      planOfPrice: (price) => this.gateway.planOfPrice(price),
      graceDays: this.config.billing.graceDays,
      now: new Date(),
    });
    if (unknownPrice) {
      logger.warn({ practiceId, subscription: subscription.id, price: unknownPrice }, `Subscription ${subscription.id} is on a price that is no plan of Ascend's: the plan stays ${state.plan}`);
    }
    return this.write(practiceId, before, state);
  }

  /**
   * Re-reads the practice's subscription from Stripe and applies it: the customer's live subscription (or its
   * newest), whichever event prompted the look. Does nothing for a practice without a Stripe customer.
   */
  async refresh(practiceId: string): Promise<SyncResult> {
    const before = await this.stored(practiceId);
    if (!before) return { changes: [], state: undefined };
    const stripe = this.gateway.require();
    const subscriptions = await this.customerSubscriptions(stripe, before.stripeCustomerId);
    const current = currentSubscription(subscriptions);
    if (current) return this.apply(practiceId, current);
    return this.write(practiceId, before, withoutSubscription(before, new Date()));
  }

  /** Re-reads an invoice from Stripe and keeps it in the practice's invoices. */
  async recordInvoice(practiceId: string, invoiceId: string): Promise<void> {
    const invoice = await this.gateway.require().invoices.retrieve(invoiceId);
    await this.saveInvoice(practiceId, invoice);
  }

  /** Re-reads the customer's recent invoices (the reconciliation's repair of invoices whose events were lost). */
  async recordRecentInvoices(practiceId: string, limit = 24): Promise<void> {
    const before = await this.stored(practiceId);
    if (!before) return;
    const invoices = await this.gateway.require().invoices.list({ customer: before.stripeCustomerId, limit });
    for (const invoice of invoices.data) await this.saveInvoice(practiceId, invoice);
  }

  private async saveInvoice(practiceId: string, invoice: Stripe.Invoice): Promise<void> {
    const row = invoiceRow(invoice);
    await this.db.manager.query(
      `insert into billing_invoice (tenant_id, id, number, status, amount_due, amount_paid, currency, hosted_invoice_url, invoice_pdf, period_start, period_end, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (tenant_id, id) do update set
         number = excluded.number, status = excluded.status, amount_due = excluded.amount_due, amount_paid = excluded.amount_paid,
         currency = excluded.currency, hosted_invoice_url = excluded.hosted_invoice_url, invoice_pdf = excluded.invoice_pdf,
         period_start = excluded.period_start, period_end = excluded.period_end, created_at = excluded.created_at`,
      [practiceId, row.id, row.number, row.status, row.amountDue, row.amountPaid, row.currency, row.hostedInvoiceUrl, row.invoicePdf, row.periodStart, row.periodEnd, row.createdAt],
    );
  }

  private async customerSubscriptions(stripe: Stripe, customer: string): Promise<Stripe.Subscription[]> {
    try {
      return (await stripe.subscriptions.list({ customer, status: 'all', limit: 20 })).data;
    } catch (error) {
      // A customer deleted at Stripe has no subscription left.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return [];
      throw error;
    }
  }

  private async stored(practiceId: string): Promise<SubscriptionState | undefined> {
    const [row]: StoredRow[] = await this.db.manager.query(`select ${STORED_COLUMNS} from subscription where tenant_id = $1 for update`, [practiceId]);
    return row && stateOf(row);
  }

  private async write(practiceId: string, before: SubscriptionState | undefined, state: SubscriptionState): Promise<SyncResult> {
    await this.db.manager.query(WRITE, [
      practiceId,
      state.stripeCustomerId,
      state.stripeSubscriptionId,
      state.plan,
      state.status,
      state.currentPeriodEnd,
      state.trialEnd,
      state.cancelAtPeriodEnd,
      state.pastDueSince,
      state.readOnlyFrom,
      state.mrrCents,
      state.currency,
      state.startedAt,
      state.canceledAt,
    ]);
    // The owners hear of a failed payment once per overdue spell, however Ascend learnt of it.
    if (state.pastDueSince && !before?.pastDueSince) await this.jobs.enqueue(PAYMENT_FAILED_MAIL, { practiceId }, { jobKey: 'overdue' });
    return { changes: differences(before, state), state };
  }
}
