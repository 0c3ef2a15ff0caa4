import { Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { SeatPayments } from '@ascend/events';
import { DomainError } from '@ascend/platform/graphql';
import type { StripeEventConsumer } from '../shared/stripe-event-consumer';
import { StripeGateway } from '../shared/stripe-gateway';
import { PackageEnrolment } from './package-enrolment';
import { PurchaseLedger } from './purchase-ledger';
import { PurchaseRefunds } from './purchase-refunds';
import type { PurchaseRow } from './purchase-rows';
import { SalesAccounts } from './sales-accounts';

const logger = new Logger('Sales');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

type Outcome = 'PROCESSED' | 'IGNORED';

/**
 * The practice's sales on its connected account. Each event is only a prompt: the session, payment or charge is
 * read again from Stripe and the purchase moved on from what it says, once (a repeated or late event finds the
 * transition made and changes nothing). Paid seats are confirmed (or, gone to someone else meanwhile, refunded);
 * paid packages make their buyer a client; unpaid ends release the held seat to the waitlist.
 */
@Injectable()
export class SalesEvents implements StripeEventConsumer {
  readonly scope = 'connect';
  readonly types = ['checkout.session.completed', 'checkout.session.expired', 'payment_intent.payment_failed', 'charge.refunded', 'account.updated'];

  constructor(
    private readonly gateway: StripeGateway,
    private readonly ledger: PurchaseLedger,
    private readonly refunds: PurchaseRefunds,
    private readonly seats: SeatPayments,
    private readonly enrolment: PackageEnrolment,
    private readonly accounts: SalesAccounts,
  ) {}

  async handle(event: Stripe.Event, practiceId: string): Promise<Outcome> {
    const account = event.account;
    if (!account) return 'IGNORED';
    const stripe = this.gateway.require();
    const on = { stripeAccount: account };
    const id = (event.data.object as { id: string }).id;
    switch (event.type) {
      case 'account.updated':
        await this.accounts.record(practiceId, await stripe.accounts.retrieve(account));
        return 'PROCESSED';
      case 'checkout.session.completed':
        return this.completed(await stripe.checkout.sessions.retrieve(id, {}, on), practiceId, account);
      case 'checkout.session.expired':
        return this.expired(await stripe.checkout.sessions.retrieve(id, {}, on), practiceId);
      case 'payment_intent.payment_failed':
        return this.failed(await stripe.paymentIntents.retrieve(id, {}, on), practiceId);
      case 'charge.refunded':
        return this.refunded(await stripe.charges.retrieve(id, {}, on));
      default:
        return 'IGNORED';
    }
  }

  private async completed(session: Stripe.Checkout.Session, practiceId: string, account: string): Promise<Outcome> {
    const purchase = await this.ledger.bySession(session.id);
    if (!purchase || session.status !== 'complete' || session.payment_status === 'unpaid') return 'IGNORED';
    const payment = { paymentIntentId: idOf(session.payment_intent) ?? (await this.firstInvoicePayment(session, account)), subscriptionId: idOf(session.subscription) };
    if (!(await this.ledger.markPaid(purchase.id, payment))) return 'PROCESSED';
    const paid: PurchaseRow = { ...purchase, status: 'PAID', payment_intent_id: payment.paymentIntentId, stripe_subscription_id: payment.subscriptionId };
    if (paid.kind === 'PACKAGE') await this.enrolment.enrol(paid, account);
    else await this.confirmSeat(paid, practiceId, account);
    return 'PROCESSED';
  }

  /** A payment that came after its hold ran out confirms while a seat is free; otherwise the money goes back. */
  private async confirmSeat(purchase: PurchaseRow, practiceId: string, account: string): Promise<void> {
    try {
      await this.seats.confirmPaid(practiceId, purchase.registration_id!);
    } catch (error) {
      if (!(error instanceof DomainError) || (error.code !== 'CONFLICT' && error.code !== 'NOT_FOUND')) throw error;
      logger.log({ practiceId, purchaseId: purchase.id }, `A seat was paid after it went to someone else: refunding purchase ${purchase.id}`);
      await this.refunds.refundInFull(purchase, account);
    }
  }

  private async expired(session: Stripe.Checkout.Session, practiceId: string): Promise<Outcome> {
    const purchase = await this.ledger.bySession(session.id);
    if (!purchase || session.status !== 'expired') return 'IGNORED';
    if ((await this.ledger.markUnpaid(purchase.id, 'EXPIRED')) && purchase.registration_id) await this.seats.release(practiceId, purchase.registration_id);
    return 'PROCESSED';
  }

  /** A declined card releases the seat; a later attempt that went through (read from Stripe) makes this event stale. */
  private async failed(intent: Stripe.PaymentIntent, practiceId: string): Promise<Outcome> {
    const purchaseId = intent.metadata?.purchaseId;
    if (intent.status === 'succeeded' || intent.status === 'processing' || !purchaseId || !UUID.test(purchaseId)) return 'IGNORED';
    const purchase = await this.ledger.byId(purchaseId, true);
    if (!purchase) return 'IGNORED';
    if ((await this.ledger.markUnpaid(purchase.id, 'FAILED', intent.id)) && purchase.registration_id) await this.seats.release(practiceId, purchase.registration_id);
    return 'PROCESSED';
  }

  /** Refunds made anywhere (Ascend or the practice's Stripe dashboard) add up on the purchase. */
  private async refunded(charge: Stripe.Charge): Promise<Outcome> {
    const paymentIntent = idOf(charge.payment_intent);
    const purchase = paymentIntent ? await this.ledger.byPaymentIntent(paymentIntent) : undefined;
    if (!purchase || !['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(purchase.status)) return 'IGNORED';
    await this.ledger.recordRefund(purchase.id, charge.amount_refunded);
    return 'PROCESSED';
  }

  /** A subscription's first payment, so that a monthly package can be refunded like a one-time one. */
  private async firstInvoicePayment(session: Stripe.Checkout.Session, account: string): Promise<string | null> {
    const invoiceId = idOf(session.invoice);
    if (!invoiceId) return null;
    const invoice = await this.gateway.require().invoices.retrieve(invoiceId, { expand: ['payments'] }, { stripeAccount: account });
    const payment = invoice.payments?.data.find((p) => p.payment.type === 'payment_intent');
    return idOf(payment?.payment.payment_intent as string | { id: string } | undefined);
  }
}
