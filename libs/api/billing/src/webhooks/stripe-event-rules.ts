import type Stripe from 'stripe';
import type { StripeEventConsumer } from '../shared/stripe-event-consumer';

/** Stripe's recommended tolerance for a signature's timestamp: older deliveries may be replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type WebhookProblem = 'missing_signature' | 'invalid_signature' | 'stale_timestamp' | 'invalid_payload';

/** Why a delivery is refused, as answered to the sender (nothing secret in it). */
export function webhookRefusal(problem: WebhookProblem): { error: WebhookProblem; message: string } {
  const messages: Record<WebhookProblem, string> = {
    missing_signature: 'The Stripe-Signature header is missing: only Stripe may post here. Nothing was recorded.',
    invalid_signature: 'The Stripe-Signature header does not match this body and the endpoint secret (STRIPE_WEBHOOK_SECRET). Nothing was recorded.',
    stale_timestamp: `The signature's timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds away from now: it may be a replay. Nothing was recorded.`,
    invalid_payload: 'The body is not a Stripe event (an object with an id, a type and a created time). Nothing was recorded.',
  };
  return { error: problem, message: messages[problem] };
}

/**
 * Why verification failed. The SDK checks the signature before the timestamp, so a header it could parse and match
 * whose time is out of tolerance is a stale delivery; anything else is a bad signature.
 */
export function signatureProblem(header: string, errorMessage: string, nowSeconds: number): WebhookProblem {
  const timestamp = Number(/(?:^|,)\s*t=(\d+)/.exec(header)?.[1]);
  const stale = Number.isFinite(timestamp) && Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS;
  return stale && /timestamp/i.test(errorMessage) ? 'stale_timestamp' : 'invalid_signature';
}

/** The verified body as an event, or undefined when it lacks what the ledger keys and orders on. */
export function eventOf(parsed: unknown): Stripe.Event | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, type, created, data } = parsed as Partial<Stripe.Event>;
  const valid = typeof id === 'string' && id.length > 0 && id.length <= 255 && typeof type === 'string' && Number.isInteger(created) && typeof data?.object === 'object';
  return valid ? (parsed as Stripe.Event) : undefined;
}

export type EventScope = StripeEventConsumer['scope'];

/** Events on a connected account are the practice's own sales; the rest are about its subscription to Ascend. */
export function scopeOf(event: Pick<Stripe.Event, 'account'>): EventScope {
  return event.account ? 'connect' : 'platform';
}

export function consumersOf<C extends Pick<StripeEventConsumer, 'scope' | 'types'>>(consumers: readonly C[], event: Pick<Stripe.Event, 'account' | 'type'>): C[] {
  const scope = scopeOf(event);
  return consumers.filter((consumer) => consumer.scope === scope && consumer.types.includes(event.type));
}

/** How an event can name its practice, most trusted first. */
export interface PracticeReferences {
  /** The connected account (connect events are placed by it alone). */
  account?: string;
  /** The platform customer the object belongs to. */
  customer?: string;
  /** A practice id Ascend put on an object it created (metadata, or a Checkout's client reference). */
  practiceId?: string;
}

type ObjectFields = {
  customer?: string | { id: string } | null;
  metadata?: Stripe.Metadata | null;
  client_reference_id?: string | null;
  parent?: { subscription_details?: { metadata?: Stripe.Metadata | null } | null } | null;
};

/**
 * What the event says about its practice. A connected account's owner can put any metadata on their own objects,
 * so connect events are placed by their account only; platform objects are Ascend's own, so their metadata is trusted.
 */
export function practiceReferences(event: Pick<Stripe.Event, 'account' | 'data'>): PracticeReferences {
  if (event.account) return { account: event.account };
  const object = event.data.object as ObjectFields;
  const customer = typeof object.customer === 'string' ? object.customer : (object.customer?.id ?? undefined);
  const named = [object.metadata?.practiceId, object.parent?.subscription_details?.metadata?.practiceId, object.client_reference_id].find(
    (candidate): candidate is string => typeof candidate === 'string' && UUID.test(candidate),
  );
  return { ...(customer ? { customer } : {}), ...(named ? { practiceId: named } : {}) };
}

/** A failure's text as kept on the event (the column holds 2000 characters). */
export function failureText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
