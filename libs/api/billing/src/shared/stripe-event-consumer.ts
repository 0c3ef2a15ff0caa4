import type Stripe from 'stripe';

/**
 * A part of billing that acts on Stripe events. The webhook processor finds the practice an event belongs to and
 * hands it to every consumer of its scope that lists its type: 'platform' events are about a practice's own
 * subscription to Ascend (no `account`), 'connect' events happen on a practice's connected account (its sales).
 */
export interface StripeEventConsumer {
  readonly scope: 'platform' | 'connect';
  readonly types: readonly string[];
  /** Acts on the event inside a transaction scoped to `practiceId`; must be idempotent (an event may be processed again). */
  handle(event: Stripe.Event, practiceId: string): Promise<'PROCESSED' | 'IGNORED'>;
}

/** The Nest token under which the consumers are collected (see billing.module.ts). */
export const STRIPE_EVENT_CONSUMERS = Symbol('ascend:stripe-event-consumers');
