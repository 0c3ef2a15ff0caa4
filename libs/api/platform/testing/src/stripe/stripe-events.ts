import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import Stripe from 'stripe';
import type { Cause } from './stripe-state';
import { newId, now } from './stripe-state';
import { snapshot } from './stripe-objects';

export interface WebhookDelivery {
  event: string;
  /** The receiver's HTTP status, or 0 when it could not be reached. */
  status: number;
  body: string;
}

/**
 * Every event, oldest first, and their signed delivery to one webhook URL (platform and connected-account events
 * alike, under one secret). Deliveries run one at a time in event order, as a test expects to read them.
 */
export class StripeEventLog {
  readonly events: Stripe.Event[] = [];
  readonly deliveries: WebhookDelivery[] = [];
  private readonly attempted = new Set<string>();
  private readonly acknowledged = new Set<string>();
  private chain: Promise<void> = Promise.resolve();

  constructor(
    public webhookUrl: string | undefined,
    readonly secret: string,
    readonly autoDeliver: boolean,
  ) {}

  /** Records an event about `object` as it is now; delivery waits for `flush`, after the API answer is sent. */
  emit(type: Stripe.Event.Type, object: { id: string; object: string }, cause: Cause, previous?: Record<string, unknown>): Stripe.Event {
    const event = {
      id: newId('evt_'),
      object: 'event',
      ...(cause.account ? { account: cause.account } : {}),
      api_version: Stripe.API_VERSION,
      created: now(),
      data: { object: snapshot(object), ...(previous ? { previous_attributes: snapshot(previous) } : {}) },
      livemode: false,
      pending_webhooks: 1,
      request: cause.request ?? { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
    this.events.push(event);
    return event;
  }

  /** Sends what happened so far (first attempts only) when deliveries are automatic; otherwise events wait. */
  flush(): Promise<void> {
    return this.autoDeliver ? this.deliverEach((event) => !this.attempted.has(event.id)) : this.chain;
  }

  /**
   * Delivers every event not yet acknowledged with a 2xx, in order: first attempts, and Stripe's retries of refused
   * or unreachable deliveries brought forward. Resolves once they and any delivery under way are done.
   */
  deliverPending(): Promise<void> {
    return this.deliverEach((event) => !this.acknowledged.has(event.id));
  }

  private deliverEach(due: (event: Stripe.Event) => boolean): Promise<void> {
    this.chain = this.chain.then(async () => {
      for (const event of this.events) {
        if (!this.webhookUrl) return;
        if (!due(event)) continue;
        this.attempted.add(event.id);
        const result = await this.deliver(event).catch((error: Error) => ({ status: 0, body: error.message }));
        this.deliveries.push({ event: event.id, ...result });
        if (result.status >= 200 && result.status < 300) {
          this.acknowledged.add(event.id);
          event.pending_webhooks = 0;
        }
      }
    });
    return this.chain;
  }

  /** POSTs the event (or a raw body) the way Stripe does, signed with the secret (or another, to test refusal). */
  deliver(event: Stripe.Event | string, options: { timestamp?: number; secret?: string } = {}): Promise<{ status: number; body: string }> {
    const target = this.webhookUrl;
    if (!target) return Promise.reject(new Error('No webhookUrl: set one on the Stripe test server before delivering'));
    const payload = typeof event === 'string' ? event : JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? this.secret, timestamp: options.timestamp });
    const url = new URL(target);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = send(
        url,
        {
          method: 'POST',
          // A fresh connection per delivery: nothing stays open to hold a test run or a closing app.
          agent: false,
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': Buffer.byteLength(payload),
            'Stripe-Signature': signature,
            'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  /** Resolves once no delivery is under way (for close). */
  idle(): Promise<void> {
    return this.chain;
  }
}
