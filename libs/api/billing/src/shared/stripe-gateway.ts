import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG, AppConfig, BILLING_VARIABLES } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';

const logger = new Logger('Stripe');

/**
 * Ascend's one Stripe client (the official SDK), or none when billing is not configured. STRIPE_API_URL points it at
 * the project's Stripe-compatible test server in tests; production talks to Stripe itself.
 */
@Injectable()
export class StripeGateway {
  readonly stripe: Stripe | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const settings = config.billing.stripe;
    if (!settings) return;
    const api = settings.apiUrl ? new URL(settings.apiUrl) : undefined;
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 1,
      timeout: 15_000,
      appInfo: { name: 'Ascend' },
      ...(api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol.replace(':', '') as 'http' | 'https' } : {}),
    });
  }

  get configured(): boolean {
    return this.stripe !== undefined;
  }

  /** The variables that enable billing, for pages that say billing is not configured. */
  get missingVariables(): string[] {
    return this.configured ? [] : [...BILLING_VARIABLES];
  }

  get webhookSecret(): string {
    return this.settings().webhookSecret;
  }

  priceOf(plan: 'SOLO' | 'PRACTICE' | 'TEAM'): string {
    return this.settings().prices[plan];
  }

  /** The plan a Stripe price stands for, if it is one of ours. */
  planOfPrice(priceId: string): 'SOLO' | 'PRACTICE' | 'TEAM' | undefined {
    const prices = this.config.billing.stripe?.prices;
    return prices ? (Object.keys(prices) as ('SOLO' | 'PRACTICE' | 'TEAM')[]).find((plan) => prices[plan] === priceId) : undefined;
  }

  /**
   * Calls Stripe for a person waiting on the answer: Stripe unreachable or refusing becomes a clear error
   * (SERVICE_UNAVAILABLE, or BAD_USER_INPUT for a request Stripe rejects) instead of a 500. Call before writing
   * anything, so that a failure leaves nothing half-made.
   */
  async call<T>(what: string, request: (stripe: Stripe) => Promise<T>): Promise<T> {
    const stripe = this.require();
    try {
      return await request(stripe);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeError) {
        logger.warn({ type: error.type, code: error.code, requestId: error.requestId }, `Stripe refused to ${what}: ${error.message}`);
        if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError) {
          throw new DomainError('BAD_USER_INPUT', `Stripe refused to ${what}: ${error.message}`);
        }
        throw new DomainError('SERVICE_UNAVAILABLE', `Stripe could not be reached to ${what}; nothing was changed, please try again in a minute`);
      }
      throw error;
    }
  }

  /** The client, or a clear refusal naming the variables that enable billing. */
  require(): Stripe {
    if (!this.stripe) {
      throw new DomainError('FORBIDDEN', `Billing is not configured on this Ascend server: set ${BILLING_VARIABLES.join(', ')} to enable it`);
    }
    return this.stripe;
  }

  private settings() {
    const settings = this.config.billing.stripe;
    if (!settings) throw new DomainError('FORBIDDEN', `Billing is not configured on this Ascend server: set ${BILLING_VARIABLES.join(', ')} to enable it`);
    return settings;
  }
}
