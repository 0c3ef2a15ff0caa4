import { Injectable } from '@nestjs/common';
import { SeatPayments } from '@ascend/events';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { INSERT_PURCHASE_SQL, insertPurchaseParameters, NewPurchase, PURCHASE_COLUMNS, PurchaseRow } from './purchase-rows';
import { statusAfterRefund } from './purchase-rules';

/**
 * The purchase rows and their transitions, each written once whatever calls it again: a Checkout session becomes
 * PENDING, then PAID, FAILED or EXPIRED as Stripe reports, and refunds move a paid one on. Every statement names
 * the practice the caller acts in.
 */
@Injectable()
export class PurchaseLedger {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly seats: SeatPayments,
  ) {}

  /** False when the registration has an open purchase already (see INSERT_PURCHASE_SQL). */
  async open(purchase: NewPurchase): Promise<boolean> {
    const inserted: unknown[] = await this.db.manager.query(INSERT_PURCHASE_SQL, insertPurchaseParameters(this.context.practiceId, purchase));
    return inserted.length > 0;
  }

  async byId(id: string, lock = false): Promise<PurchaseRow | undefined> {
    return this.one(`id = $2${lock ? ' for update' : ''}`, id);
  }

  bySession(checkoutSessionId: string): Promise<PurchaseRow | undefined> {
    return this.one('checkout_session_id = $2 for update', checkoutSessionId);
  }

  byPaymentIntent(paymentIntentId: string): Promise<PurchaseRow | undefined> {
    return this.one('payment_intent_id = $2 for update', paymentIntentId);
  }

  /** The open purchase of a held seat, if any. */
  openForRegistration(registrationId: string): Promise<PurchaseRow | undefined> {
    return this.one(`registration_id = $2 and status = 'PENDING'`, registrationId);
  }

  /**
   * Marks a purchase paid, once: answers false when it was already (a repeated event). A payment that failed
   * first and then went through on the same page is paid too.
   */
  async markPaid(id: string, payment: { paymentIntentId: string | null; subscriptionId: string | null }): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.manager.query(
      `update purchase set status = 'PAID', paid_at = now(), payment_intent_id = coalesce($3, payment_intent_id),
              stripe_subscription_id = coalesce($4, stripe_subscription_id), updated_at = now()
        where tenant_id = $1 and id = $2 and status in ('PENDING', 'FAILED')
        returning id`,
      [this.context.practiceId, id, payment.paymentIntentId, payment.subscriptionId],
    );
    return rows.length > 0;
  }

  /** An open purchase ends unpaid (FAILED or EXPIRED); answers false when it was not open. */
  async markUnpaid(id: string, status: 'FAILED' | 'EXPIRED', paymentIntentId: string | null = null): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.manager.query(
      `update purchase set status = $3, payment_intent_id = coalesce($4, payment_intent_id), updated_at = now()
        where tenant_id = $1 and id = $2 and (status = 'PENDING' or (status = 'FAILED' and $3 = 'EXPIRED'))
        returning id`,
      [this.context.practiceId, id, status, paymentIntentId],
    );
    return rows.length > 0;
  }

  /**
   * Records that `refundedCents` of a paid purchase have gone back, never fewer than known already (refunds only
   * add up). A seat wholly refunded is cancelled, and its seat goes to the waitlist.
   */
  async recordRefund(id: string, refundedCents: number): Promise<PurchaseRow> {
    const purchase = (await this.byId(id, true))!;
    const refunded = Math.min(purchase.amount_cents, Math.max(purchase.refunded_cents, refundedCents));
    const status = statusAfterRefund(purchase.amount_cents, refunded);
    await this.db.manager.query(`update purchase set refunded_cents = $3, status = $4, updated_at = now() where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      id,
      refunded,
      status,
    ]);
    if (status === 'REFUNDED' && purchase.registration_id) await this.seats.cancelRefunded(this.context.practiceId, purchase.registration_id);
    return { ...purchase, refunded_cents: refunded, status };
  }

  private async one(condition: string, value: string): Promise<PurchaseRow | undefined> {
    const [row]: PurchaseRow[] = await this.db.manager.query(`select ${PURCHASE_COLUMNS} from purchase where tenant_id = $1 and ${condition}`, [this.context.practiceId, value]);
    return row;
  }
}
