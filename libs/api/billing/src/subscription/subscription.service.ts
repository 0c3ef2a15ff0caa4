import { Injectable } from '@nestjs/common';
import { Entitlements, Plan as PlanDefinition, planById, PLANS, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import { planModel, SubscriptionRow, subscriptionView, SubscriptionView, usageFigures } from './billing-rules';
import type { Plan } from './plan.models';
import { BillingInvoice, PracticeBilling, PracticeStanding } from './subscription.models';

const SUBSCRIPTION_COLUMNS = `plan, status, stripe_customer_id, stripe_subscription_id, current_period_end, trial_end, cancel_at_period_end,
  read_only_from, started_at, canceled_at, updated_at`;

interface InvoiceRow {
  id: string;
  number: string | null;
  status: string;
  amount_due: number;
  amount_paid: number;
  currency: string;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  period_start: Date | null;
  period_end: Date | null;
  created_at: Date;
}

/**
 * What a practice's plan and subscription look like: its owners' billing page and every member's banners. Without
 * billing configured every practice is on Starter with nothing at Stripe, whatever rows an earlier setup left.
 */
@Injectable()
export class SubscriptionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly entitlements: Entitlements,
    private readonly gateway: StripeGateway,
  ) {}

  plans(): Plan[] {
    return PLANS.map(planModel);
  }

  async billing(): Promise<PracticeBilling> {
    const practiceId = this.context.practiceId;
    const { plan, view } = await this.current(practiceId);
    const usage = await this.entitlements.usage(practiceId);
    const invoices: InvoiceRow[] = await this.db.manager.query(
      `select id, number, status, amount_due, amount_paid, currency, hosted_invoice_url, invoice_pdf, period_start, period_end, created_at
         from billing_invoice where tenant_id = $1 order by created_at desc, id limit 24`,
      [practiceId],
    );
    return {
      configured: this.gateway.configured,
      missingVariables: this.gateway.missingVariables,
      limitsEnforced: this.entitlements.enforced,
      plan: planModel(plan),
      ...view,
      usage: usageFigures(plan, usage),
      invoices: invoices.map(toInvoice),
    };
  }

  /** Answers in a suspended practice too: the access guard lets it through to say so. */
  async standing(): Promise<PracticeStanding> {
    const { plan, view } = await this.current(this.context.practiceId);
    const suspended = this.context.identity.standing === 'SUSPENDED';
    return {
      plan: plan.id,
      status: view.status,
      trialEndsAt: view.trialEndsAt,
      graceEndsAt: view.graceEndsAt,
      // The access check's own answer too: it is what refuses changes, whatever the billing settings say.
      readOnly: view.readOnly || this.context.identity.standing === 'READ_ONLY',
      suspended,
      // Kept where no practice may write it (practice_suspension); read for the practice's own members only.
      suspendedReason: suspended ? await this.suspensionReason(this.context.practiceId) : null,
    };
  }

  private async suspensionReason(practiceId: string): Promise<string | null> {
    const [{ reason }]: { reason: string | null }[] = await this.db.manager.query('select app_practice_suspension_reason($1) as reason', [practiceId]);
    return reason;
  }

  /** The practice's subscription row, locked against a concurrent change when asked. */
  async row(practiceId: string, lock = false): Promise<SubscriptionRow | undefined> {
    const [row]: SubscriptionRow[] = await this.db.manager.query(`select ${SUBSCRIPTION_COLUMNS} from subscription where tenant_id = $1${lock ? ' for update' : ''}`, [practiceId]);
    return row;
  }

  private async current(practiceId: string): Promise<{ plan: PlanDefinition; view: SubscriptionView }> {
    if (!this.gateway.configured) return { plan: planById('STARTER'), view: subscriptionView(undefined, new Date()) };
    const row = await this.row(practiceId);
    return { plan: await this.entitlements.planOf(practiceId), view: subscriptionView(row, new Date()) };
  }
}

function toInvoice(row: InvoiceRow): BillingInvoice {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    amountDueCents: row.amount_due,
    amountPaidCents: row.amount_paid,
    currency: row.currency,
    hostedInvoiceUrl: row.hosted_invoice_url,
    invoicePdfUrl: row.invoice_pdf,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    createdAt: row.created_at,
  };
}
