import { Inject, Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { JobHandler, JobHandlerOf, JobInfo } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { STRIPE_EVENT_CONSUMERS, StripeEventConsumer } from '../shared/stripe-event-consumer';
import { consumersOf, failureText, practiceReferences } from './stripe-event-rules';

export const STRIPE_EVENT = 'billing.stripe-event';

type Outcome = 'PROCESSED' | 'IGNORED' | 'UNKNOWN_CUSTOMER' | 'FAILED';

interface RecordedEvent {
  payload: Stripe.Event;
  processed_at: Date | null;
}

const logger = new Logger('StripeWebhook');

/**
 * Processes one recorded Stripe event: finds its practice, then, acting as that practice, hands it to every consumer
 * of its scope that lists its type, and records the outcome. A failure is retried; after the last attempt the event
 * is recorded FAILED with its error, which the operators' console lists among billing alerts.
 */
@Injectable()
@JobHandler(STRIPE_EVENT, { maxAttempts: 12 })
export class StripeEventProcessor implements JobHandlerOf<{ eventId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(STRIPE_EVENT_CONSUMERS) private readonly consumers: StripeEventConsumer[],
  ) {}

  async handle({ eventId }: { eventId: string }, job: JobInfo): Promise<void> {
    try {
      await this.process(eventId);
    } catch (error) {
      if (job.attempts >= job.maxAttempts) {
        logger.error({ eventId, err: error }, `Stripe event ${eventId} could not be processed after ${job.attempts} attempts: recorded as FAILED`);
        this.db.afterRollback({}, () => this.finish(eventId, undefined, 'FAILED', failureText(error)));
      }
      throw error;
    }
  }

  private async process(eventId: string): Promise<void> {
    const [recorded]: RecordedEvent[] = await this.db.manager.query('select payload, processed_at from app_stripe_event($1)', [eventId]);
    if (!recorded || recorded.processed_at) return;
    const event = recorded.payload;
    const consumers = consumersOf(this.consumers, event);
    const practiceId = await this.practiceOf(event);
    if (!consumers.length) return this.finish(eventId, practiceId, 'IGNORED');
    if (!practiceId) {
      // An alert: the operators' console lists these, and the log says which event to look up at Stripe.
      logger.warn({ eventId, type: event.type, account: event.account ?? null }, `Stripe event ${eventId} (${event.type}) names no known practice: recorded as UNKNOWN_CUSTOMER`);
      return this.finish(eventId, undefined, 'UNKNOWN_CUSTOMER');
    }
    this.db.actAs({ practiceId });
    // One practice's events one after another: two jobs writing its subscription and invoices in different orders
    // could deadlock. An advisory lock, so that people's own changes to the practice never wait on Stripe.
    await this.db.manager.query(`select pg_advisory_xact_lock(hashtext('stripe-events:' || $1))`, [practiceId]);
    let outcome: Outcome = 'IGNORED';
    for (const consumer of consumers) {
      if ((await consumer.handle(event, practiceId)) === 'PROCESSED') outcome = 'PROCESSED';
    }
    await this.finish(eventId, practiceId, outcome);
  }

  /** The practice by the connected account, else by the platform customer, else by the practice id Ascend put on the object. */
  private async practiceOf(event: Stripe.Event): Promise<string | undefined> {
    const { account, customer, practiceId } = practiceReferences(event);
    const lookups: [string, string | undefined][] = [
      ['select app_practice_for_stripe_account($1) as id', account],
      ['select app_practice_for_stripe_customer($1) as id', customer],
    ];
    for (const [sql, value] of lookups) {
      if (!value) continue;
      const [row]: { id: string | null }[] = await this.db.manager.query(sql, [value]);
      if (row?.id) return row.id;
    }
    return practiceId && (await this.exists(practiceId)) ? practiceId : undefined;
  }

  /** A practice is readable only from inside it: the check scopes to the candidate, and back out when it is none. */
  private async exists(practiceId: string): Promise<boolean> {
    this.db.actAs({ practiceId });
    const [row]: { id: string }[] = await this.db.manager.query('select id from practice where id = $1', [practiceId]);
    if (!row) this.db.actAs({});
    return row !== undefined;
  }

  private async finish(eventId: string, practiceId: string | undefined, outcome: Outcome, failure: string | null = null): Promise<void> {
    await this.db.manager.query('select app_finish_stripe_event($1, $2, $3, $4)', [eventId, practiceId ?? null, outcome, failure]);
  }
}
