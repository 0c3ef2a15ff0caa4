import { randomBytes } from 'node:crypto';
import type { StripeEventLog } from './stripe-events';
import type { StripeObjects } from './stripe-objects';

/** An error answered in Stripe's format: `{ error: { type, message, code?, param? } }` with Stripe's HTTP status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly details: { code?: string; param?: string; decline_code?: string } = {},
  ) {
    super(message);
  }

  body() {
    return { error: { type: this.type, message: this.message, ...this.details } };
  }
}

/** Stripe answers 404 for an unknown id in the path, and 400 for one named in the body (a customer, a price). */
export function missing(kind: string, id: string, param = 'id', status = 404): StripeApiError {
  return new StripeApiError(status, 'invalid_request_error', `No such ${kind}: '${id}'`, { code: 'resource_missing', param });
}

export function invalid(param: string, message: string, code?: string): StripeApiError {
  return new StripeApiError(400, 'invalid_request_error', message, { param, ...(code ? { code } : {}) });
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `prefix` + random base62, the way Stripe's ids look (e.g. `cus_Q2x...`). */
export function newId(prefix: string, length = 24): string {
  return prefix + Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** Stripe's clock: unix seconds. */
export function now(): number {
  return Math.floor(Date.now() / 1000);
}

type Kind = keyof StripeObjects;

interface Entry {
  object: StripeObjects[Kind];
  /** The connected account the object belongs to; undefined for the platform's own objects. */
  account?: string;
  /** Creation order: many objects share a `created` second, lists still need newest first. */
  seq: number;
}

/** Every object the server holds, each owned by the platform or by one connected account. */
export class StripeStore {
  private readonly entries = new Map<string, Entry>();
  private seq = 0;

  put<T extends StripeObjects[Kind]>(object: T, account?: string): T {
    this.entries.set(object.id, { object, account, seq: this.seq++ });
    return object;
  }

  find<K extends Kind>(kind: K, id: string, account?: string): StripeObjects[K] | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.object.object !== kind || entry.account !== account) return undefined;
    return entry.object as StripeObjects[K];
  }

  /** The object, or Stripe's resource_missing error (404 for a path id, 400 with `param` for a body field). */
  get<K extends Kind>(kind: K, id: string, account?: string, param?: string): StripeObjects[K] {
    const found = this.find(kind, id, account);
    if (!found) throw param ? missing(kind, id, param, 400) : missing(kind, id);
    return found;
  }

  /** Any object by id, as `expand[]` resolves ids: the account's own, or an account object itself. */
  findAny(id: string, account?: string): StripeObjects[Kind] | undefined {
    const entry = this.entries.get(id);
    return entry && (entry.account === account || entry.object.object === 'account') ? entry.object : undefined;
  }

  /** The account owning an object (for simulations, which are given only an id). */
  accountOf(id: string): string | undefined {
    return this.entries.get(id)?.account;
  }

  /** Newest first, as Stripe lists. */
  all<K extends Kind>(kind: K, account?: string): StripeObjects[K][] {
    return [...this.entries.values()]
      .filter((entry) => entry.object.object === kind && entry.account === account)
      .sort((a, b) => b.seq - a.seq)
      .map((entry) => entry.object as StripeObjects[K]);
  }

  /** An object of that kind wherever it lives: simulations and hosted pages know only an id. */
  locate<K extends Kind>(kind: K, id: string): { object: StripeObjects[K]; account?: string } {
    const entry = this.entries.get(id);
    if (!entry || entry.object.object !== kind) throw missing(kind, id);
    return { object: entry.object as StripeObjects[K], account: entry.account };
  }
}

/** What a checkout session will buy: kept beside the session because Stripe only shows it through expand. */
export interface CheckoutPlan {
  lines: { price: string; quantity: number }[];
  trialDays?: number;
  subscriptionMetadata: Record<string, string>;
  paymentMetadata: Record<string, string>;
}

export interface AccountLinkRecord {
  account: string;
  refreshUrl: string;
  returnUrl: string;
  expiresAt: number;
  used: boolean;
}

/** Where an event came from: the API request that caused it, or none for Stripe's own doing (renewals, pages). */
export interface Cause {
  account?: string;
  request?: { id: string; idempotency_key: string | null };
}

/** The server's whole world, shared by the resource modules. */
export class StripeState {
  readonly store = new StripeStore();
  readonly checkoutPlans = new Map<string, CheckoutPlan>();
  readonly accountLinks = new Map<string, AccountLinkRecord>();

  constructor(
    readonly url: string,
    readonly events: StripeEventLog,
  ) {}
}
