import type { Purchase } from './purchase.models';
import type { PurchaseKind, PurchaseStatus } from './purchase-rules';

export const PURCHASE_COLUMNS = `id, kind, offering_id, registration_id, description, buyer_name, buyer_email, buyer_user_id, amount_cents, currency,
  status, refunded_cents, checkout_session_id, payment_intent_id, stripe_subscription_id, created_at, paid_at`;

export interface PurchaseRow {
  id: string;
  kind: PurchaseKind;
  offering_id: string | null;
  registration_id: string | null;
  description: string;
  buyer_name: string;
  buyer_email: string;
  buyer_user_id: string | null;
  amount_cents: number;
  currency: string;
  status: PurchaseStatus;
  refunded_cents: number;
  checkout_session_id: string;
  payment_intent_id: string | null;
  stripe_subscription_id: string | null;
  created_at: Date;
  paid_at: Date | null;
}

export function purchaseFromRow(row: PurchaseRow): Purchase {
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    buyerName: row.buyer_name,
    buyerEmail: row.buyer_email,
    amountCents: row.amount_cents,
    currency: row.currency,
    status: row.status,
    refundedCents: row.refunded_cents,
    createdAt: row.created_at,
    paidAt: row.paid_at,
  };
}

/** A new purchase, written once Stripe has opened its Checkout session. */
export interface NewPurchase {
  id: string;
  kind: PurchaseKind;
  offeringId?: string;
  registrationId?: string;
  description: string;
  buyerName: string;
  buyerEmail: string;
  buyerUserId?: string;
  amountCents: number;
  currency: string;
  checkoutSessionId: string;
  checkoutExpiresAt: Date;
}

/**
 * Inserts a PENDING purchase; answers false, writing nothing, when the registration has an open purchase already
 * (two requests for the same seat at once: the other one's session is the one to pay).
 */
export const INSERT_PURCHASE_SQL = `
  insert into purchase (tenant_id, id, kind, offering_id, registration_id, description, buyer_name, buyer_email, buyer_user_id,
                        amount_cents, currency, checkout_session_id, checkout_expires_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
  on conflict (tenant_id, registration_id) where status = 'PENDING' do nothing
  returning id`;

export function insertPurchaseParameters(practiceId: string, p: NewPurchase): unknown[] {
  return [
    practiceId,
    p.id,
    p.kind,
    p.offeringId ?? null,
    p.registrationId ?? null,
    p.description,
    p.buyerName,
    p.buyerEmail.trim().toLowerCase(),
    p.buyerUserId ?? null,
    p.amountCents,
    p.currency,
    p.checkoutSessionId,
    p.checkoutExpiresAt,
  ];
}
