export { StripeTestServer, startStripeTestServer, type StripeTestServerOptions } from './stripe-test-server';
export type { RecordedRequest } from './stripe-api';
export type { WebhookDelivery } from './stripe-events';
export { PLAN_PRICES } from './stripe-objects';
