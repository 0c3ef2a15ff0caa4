import { Module } from '@nestjs/common';
import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { operatorProviders } from './operator/operator.providers';
import { salesConsumers, salesProviders } from './sales/sales.providers';
import { STRIPE_EVENT_CONSUMERS, StripeEventConsumer } from './shared/stripe-event-consumer';
import { StripeGateway } from './shared/stripe-gateway';
import { subscriptionProviders } from './subscription/subscription.providers';
import { subscriptionSyncConsumers, subscriptionSyncProviders } from './subscription-sync/subscription-sync.providers';
import { webhookControllers, webhookProviders } from './webhooks/webhook.providers';

const consumers = [...subscriptionSyncConsumers, ...salesConsumers];

/**
 * Billing: the practice's subscription to Ascend and its plan limits, Stripe's webhooks, the practice's own sales
 * (paid masterclass seats, coaching packages) through its connected account, and the operator console.
 */
@Module({
  // Sales complete the masterclass seat holds and make buyers of packages clients.
  imports: [IdentityModule, CoachingModule, EventsModule],
  controllers: [...webhookControllers],
  providers: [
    StripeGateway,
    ...subscriptionSyncProviders,
    ...subscriptionProviders,
    ...webhookProviders,
    ...salesProviders,
    ...operatorProviders,
    { provide: STRIPE_EVENT_CONSUMERS, useFactory: (...all: StripeEventConsumer[]) => all, inject: consumers },
  ],
})
export class BillingModule {}
