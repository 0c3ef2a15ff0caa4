import { Injectable, Logger } from '@nestjs/common';
import { Jobs, JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import { SubscriptionSync } from './subscription-sync';

export const RECONCILIATION = 'billing.reconciliation';
export const RECONCILE_PRACTICE = 'billing.reconcile-practice';

/** A practice synced more recently than this (by a webhook, say) is left for the next run. */
export const RECONCILE_AFTER_MINUTES = 30;

const logger = new Logger('Billing');

/**
 * Every hour, compares each billed practice with Stripe: one job per practice, each in its own transaction, so a
 * practice Stripe cannot answer for is retried on its own and never holds up the others.
 */
@Injectable()
@JobHandler(RECONCILIATION, { schedule: '23 * * * *', maxAttempts: 1 })
export class Reconciliation implements JobHandlerOf {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly gateway: StripeGateway,
  ) {}

  async handle(): Promise<void> {
    if (!this.gateway.configured) return;
    const practices: { practice_id: string }[] = await this.db.manager.query('select practice_id from app_billed_practices()');
    for (const { practice_id: practiceId } of practices) {
      await this.jobs.enqueue(RECONCILE_PRACTICE, { practiceId }, { jobKey: 'reconcile' });
    }
  }
}

/** One practice's comparison with Stripe: its subscription and recent invoices re-read and applied; repairs are logged. */
@Injectable()
@JobHandler(RECONCILE_PRACTICE, { maxAttempts: 3 })
export class ReconcilePractice implements JobHandlerOf<{ practiceId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sync: SubscriptionSync,
  ) {}

  async handle({ practiceId }: { practiceId: string }): Promise<void> {
    const [fresh]: { fresh: boolean }[] = await this.db.manager.query(
      `select synced_at > now() - make_interval(mins => $2) as fresh from subscription where tenant_id = $1`,
      [practiceId, RECONCILE_AFTER_MINUTES],
    );
    if (!fresh || fresh.fresh) return;
    const { changes } = await this.sync.refresh(practiceId);
    await this.sync.recordRecentInvoices(practiceId);
    if (changes.length) logger.warn({ practiceId, changes }, `Reconciliation repaired practice ${practiceId}'s subscription, which differed from Stripe: ${changes.join('; ')}`);
  }
}
