import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { StripeApi, type RecordedRequest } from './stripe-api';
import { completeCheckout, expireCheckout } from './stripe-checkout';
import { StripeEventLog, type WebhookDelivery } from './stripe-events';
import { hostedPage } from './stripe-hosted-pages';
import { newPrice, newProduct, PLAN_PRICES, snapshot } from './stripe-objects';
import { parseForm } from './stripe-params';
import { StripeState } from './stripe-state';
import { recoverSubscription, renewSubscription, setCancelAtPeriodEnd } from './stripe-subscriptions';

export interface StripeTestServerOptions {
  /** Where signed webhooks are POSTed (e.g. http://127.0.0.1:3000/webhooks/stripe); may be set later. */
  webhookUrl?: string;
  /** Signing secret, default 'whsec_test_secret'. */
  webhookSecret?: string;
  /** Deliver webhooks automatically when something happens (default true). When false, events only queue up. */
  autoDeliver?: boolean;
}

/**
 * A local stand-in for Stripe's API, hosted pages and webhooks, for tests only: the real `stripe` SDK talks to it
 * (see `client()`), and what a customer does on Stripe's pages is a button on a plain page or a method here.
 */
export class StripeTestServer {
  readonly url: string;
  readonly secretKey = 'sk_test_ascend';
  private readonly state: StripeState;
  private readonly log: StripeEventLog;
  private readonly api: StripeApi;
  private down = false;

  constructor(
    private readonly server: Server,
    readonly port: number,
    options: StripeTestServerOptions,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.log = new StripeEventLog(options.webhookUrl, options.webhookSecret ?? 'whsec_test_secret', options.autoDeliver ?? true);
    this.state = new StripeState(this.url, this.log);
    this.api = new StripeApi(this.state, this.secretKey);
    const created = Math.floor(Date.now() / 1000);
    for (const plan of PLAN_PRICES) {
      this.state.store.put(newProduct(plan.product, plan.name, created));
      this.state.store.put(newPrice(plan.id, plan.product, created, { currency: 'usd', unitAmount: plan.amount, interval: 'month' }));
    }
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      this.handle(request, response).catch((error: Error) => {
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: { type: 'api_error', message: `Stripe test server failed: ${error.message}` } }));
      });
    });
  }

  get webhookSecret(): string {
    return this.log.secret;
  }

  get webhookUrl(): string | undefined {
    return this.log.webhookUrl;
  }

  set webhookUrl(url: string | undefined) {
    this.log.webhookUrl = url;
  }

  /** Every event created so far, oldest first (Stripe event objects). */
  get events(): Stripe.Event[] {
    return this.log.events;
  }

  /** Each delivery attempt made so far and the receiver's answer, in order. */
  get deliveries(): WebhookDelivery[] {
    return this.log.deliveries;
  }

  /** Every API request received (while up), for assertions on idempotency keys and the Stripe-Account header. */
  get requests(): RecordedRequest[] {
    return this.api.requests;
  }

  /** SDK client pointed at this server. */
  client(): Stripe {
    return new Stripe(this.secretKey, { host: '127.0.0.1', port: this.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
  }

  /** Env for an Ascend app under test. */
  env(): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: this.secretKey,
      STRIPE_WEBHOOK_SECRET: this.webhookSecret,
      STRIPE_API_URL: this.url,
      ...Object.fromEntries(PLAN_PRICES.map((plan) => [plan.env, plan.id])),
    };
  }

  /** Signed delivery of one event (or a raw body) to webhookUrl: the receiver's HTTP status and body. */
  deliver(event: Stripe.Event | string, options?: { timestamp?: number; secret?: string }): Promise<{ status: number; body: string }> {
    return this.log.deliver(event, options);
  }

  /**
   * Delivers every event not yet acknowledged with a 2xx, in order (refused ones again, as Stripe's retries would),
   * after any automatic delivery under way.
   */
  deliverPending(): Promise<void> {
    return this.log.deliverPending();
  }

  /** What the hosted page's Pay (or Decline card) button does. */
  completeCheckout(sessionId: string, outcome: 'paid' | 'declined' = 'paid'): Promise<void> {
    return this.simulate(() => completeCheckout(this.state, sessionId, outcome));
  }

  /** The session runs out: checkout.session.expired. */
  expireCheckout(sessionId: string): Promise<void> {
    return this.simulate(() => expireCheckout(this.state, sessionId));
  }

  /** Renews now and the card is declined: invoice.payment_failed, subscription past_due. */
  failNextRenewal(subscriptionId: string): Promise<void> {
    return this.simulate(() => renewSubscription(this.state, subscriptionId, 'declined', ['active', 'trialing']));
  }

  /** The open invoice gets paid: invoice.paid, subscription active again. */
  recoverPayment(subscriptionId: string): Promise<void> {
    return this.simulate(() => recoverSubscription(this.state, subscriptionId));
  }

  /**
   * The period rolls over and is paid: customer.subscription.updated, invoice.paid. A subscription set to cancel at
   * period end ends instead (customer.subscription.deleted).
   */
  renew(subscriptionId: string): Promise<void> {
    return this.simulate(() => renewSubscription(this.state, subscriptionId, 'paid', ['active']));
  }

  /** The trial is over and the first period is paid: trialing -> active. */
  endTrial(subscriptionId: string): Promise<void> {
    return this.simulate(() => renewSubscription(this.state, subscriptionId, 'paid', ['trialing']));
  }

  /** Changes a subscription behind Ascend's back (for reconciliation tests) WITHOUT emitting an event. */
  mutateSubscription(id: string, change: Partial<{ status: Stripe.Subscription.Status; priceId: string; cancel_at_period_end: boolean }>): void {
    const { object: subscription, account } = this.state.store.locate('subscription', id);
    if (change.priceId) subscription.items.data[0].price = snapshot(this.state.store.get('price', change.priceId, account));
    if (change.status) subscription.status = change.status;
    if (change.cancel_at_period_end !== undefined) setCancelAtPeriodEnd(subscription, change.cancel_at_period_end);
  }

  /** While down, every request fails at the socket (connection reset), like an unreachable Stripe. */
  setDown(down: boolean): void {
    this.down = down;
  }

  async close(): Promise<void> {
    await this.log.idle();
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      // The SDK keeps connections alive; they would hold close() open.
      this.server.closeAllConnections();
    });
  }

  private async simulate(change: () => void): Promise<void> {
    change();
    await this.log.flush();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (this.down) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url ?? '/', this.url);
    const raw = await readBody(request);
    if (url.pathname.startsWith('/v1/')) {
      const answer = this.api.answer(request, url, raw);
      // Events go out once the answer is on its way, as Stripe's webhooks follow the API call that caused them.
      response.writeHead(answer.status, answer.headers).end(answer.body, () => void this.log.flush());
      return;
    }
    const page = await hostedPage(this.state, request.method ?? 'GET', url, parseForm(raw));
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(page.status, { ...(page.location ? { Location: page.location } : {}), ...(page.contentType ? { 'Content-Type': page.contentType } : {}) }).end(page.body ?? '');
  }
}

/** Starts a Stripe test server on a free loopback port, with the three plan prices Ascend sells. */
export async function startStripeTestServer(options: StripeTestServerOptions = {}): Promise<StripeTestServer> {
  const server = createServer();
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
  return new StripeTestServer(server, port, options);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
