import { Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import type { StripeEventConsumer } from '../shared/stripe-event-consumer';
import { SubscriptionSync } from './subscription-sync';

const logger = new Logger('Billing');

const SUBSCRIPTION_EVENTS = ['customer.subscription.created', 'customer.subscription.updated', 'customer.subscription.deleted', 'customer.subscription.trial_will_end'];
const INVOICE_EVENTS = ['invoice.paid', 'invoice.payment_failed'];

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : value?.id);

/**
 * The practice's own subscription to Ascend. Every event is only a prompt: the subscription is re-read from Stripe
 * and applied whole, so a late, repeated or out-of-order event can never put back an older state.
 */
@Injectable()
export class SubscriptionEvents implements StripeEventConsumer {
  readonly scope = 'platform';
  readonly types = ['checkout.session.completed', ...SUBSCRIPTION_EVENTS, ...INVOICE_EVENTS];

  constructor(private readonly sync: SubscriptionSync) {}

  async handle(event: Stripe.Event, practiceId: string): Promise<'PROCESSED' | 'IGNORED'> {
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object;
      const customer = idOf(session.customer);
      // Payment-mode sessions are sales; a subscription session without a customer has not created anything.
      if (session.mode !== 'subscription' || !customer) return 'IGNORED';
      await this.sync.link(practiceId, customer, idOf(session.subscription));
    } else if (SUBSCRIPTION_EVENTS.includes(event.type)) {
      const subscription = event.data.object as Stripe.Subscription;
      await this.sync.link(practiceId, idOf(subscription.customer) as string);
    } else if (INVOICE_EVENTS.includes(event.type)) {
      const invoice = event.data.object as Stripe.Invoice;
      const customer = idOf(invoice.customer);
      if (!customer) return 'IGNORED';
      await this.sync.link(practiceId, customer);
      await this.sync.recordInvoice(practiceId, invoice.id as string);
    } else {
      return 'IGNORED';
    }
    const { changes, state } = await this.sync.refresh(practiceId);
    if (changes.length) logger.log({ practiceId, event: event.id, type: event.type, changes }, `Subscription of practice ${practiceId} is now ${state?.plan} ${state?.status}`);
    return 'PROCESSED';
  }
}
