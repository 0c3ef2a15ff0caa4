import type { Provider, Type } from '@nestjs/common';
import { StripeEventProcessor } from './stripe-event.job';
import { StripeWebhookController } from './stripe-webhook.controller';

/** Stripe's webhooks: verified, recorded once by event id, processed by a job. */
export const webhookControllers: Type[] = [StripeWebhookController];
export const webhookProviders: Provider[] = [StripeEventProcessor];
