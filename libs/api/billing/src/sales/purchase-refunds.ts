import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantContext } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import { PurchaseLedger } from './purchase-ledger';
import type { PurchaseRow } from './purchase-rows';

/**
 * Gives a paid purchase's money back in full, on the practice's connected account: asked by its team, or because a
 * seat paid after its hold ran out had gone to someone else. The refund is keyed by the purchase, so asking twice
 * (or retrying after a failure) never refunds twice. A monthly package also stops its payments.
 */
@Injectable()
export class PurchaseRefunds {
  constructor(
    private readonly gateway: StripeGateway,
    private readonly ledger: PurchaseLedger,
    private readonly context: TenantContext,
  ) {}

  async refundInFull(purchase: PurchaseRow, connectedAccount: string): Promise<PurchaseRow> {
    if (!purchase.payment_intent_id) {
      throw new DomainError('CONFLICT', 'Stripe has not told Ascend which payment this purchase was: refund it in the practice’s Stripe dashboard', [
        { field: 'id', message: 'has no payment Ascend can refund' },
      ]);
    }
    const paymentIntent = purchase.payment_intent_id;
    const refund = await this.gateway.call('refund the payment', (stripe) =>
      stripe.refunds.create(
        { payment_intent: paymentIntent, metadata: { practiceId: this.context.practiceId, purchaseId: purchase.id } },
        { stripeAccount: connectedAccount, idempotencyKey: `purchase-refund:${purchase.id}` },
      ),
    );
    if (refund.status === 'failed' || refund.status === 'canceled') {
      throw new DomainError('CONFLICT', `Stripe could not refund this payment (${refund.failure_reason ?? refund.status}): try it in the practice’s Stripe dashboard`, [
        { field: 'id', message: 'could not be refunded' },
      ]);
    }
    if (purchase.stripe_subscription_id) await this.stopPayments(purchase.stripe_subscription_id, connectedAccount);
    return this.ledger.recordRefund(purchase.id, purchase.refunded_cents + refund.amount);
  }

  private async stopPayments(subscriptionId: string, connectedAccount: string): Promise<void> {
    const subscription = await this.gateway.call('read the package’s subscription', (stripe) => stripe.subscriptions.retrieve(subscriptionId, {}, { stripeAccount: connectedAccount }));
    if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') return;
    await this.gateway.call('stop the package’s payments', (stripe) => stripe.subscriptions.cancel(subscriptionId, {}, { stripeAccount: connectedAccount }));
  }
}
