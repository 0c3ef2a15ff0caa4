import type { Provider, Type } from '@nestjs/common';
import type { StripeEventConsumer } from '../shared/stripe-event-consumer';
import { PaymentFailedMail } from './payment-failed-mail.job';
import { ReconcilePractice, Reconciliation } from './reconciliation.jobs';
import { SubscriptionEvents } from './subscription-events';
import { SubscriptionSync } from './subscription-sync';

/** Keeping each practice's subscription equal to Stripe's: event consumers and the reconciliation job. */
export const subscriptionSyncProviders: Provider[] = [SubscriptionSync, SubscriptionEvents, PaymentFailedMail, Reconciliation, ReconcilePractice];
export const subscriptionSyncConsumers: Type<StripeEventConsumer>[] = [SubscriptionEvents];
