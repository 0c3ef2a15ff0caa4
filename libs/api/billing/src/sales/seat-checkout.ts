import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SeatPayments } from '@ascend/events';
import { DomainError } from '@ascend/platform/graphql';
import { StripeGateway } from '../shared/stripe-gateway';
import type { StripeLink } from '../subscription/plan.models';
import { PurchaseLedger } from './purchase-ledger';
import { seatCheckoutExpiry } from './purchase-rules';
import { SalesAccounts } from './sales-accounts';

const conflict = (message: string) => new DomainError('CONFLICT', message, [{ field: 'token', message: 'names a seat that cannot be paid for now' }]);

/**
 * Paying for a seat held for payment, from the registrant's own link: one Checkout session per hold. Asking again
 * while it is open gives the same page; a new session extends the hold to the session's end (see
 * seatCheckoutExpiry), so the seat is never released while its payment page still takes cards.
 */
@Injectable()
export class SeatCheckout {
  constructor(
    private readonly gateway: StripeGateway,
    private readonly accounts: SalesAccounts,
    private readonly ledger: PurchaseLedger,
    private readonly seats: SeatPayments,
  ) {}

  async pay(token: string): Promise<StripeLink> {
    const seat = await this.seats.heldSeat(token);
    const account = await this.accounts.chargeable(seat.practiceId);
    const open = await this.ledger.openForRegistration(seat.registrationId);
    if (open) return { url: await this.reopen(open.checkout_session_id, account) };

    const purchaseId = randomUUID();
    const expiresAt = seatCheckoutExpiry(new Date(), seat.holdExpiresAt);
    const metadata = { practiceId: seat.practiceId, purchaseId, kind: 'MASTERCLASS_SEAT', registrationId: seat.registrationId };
    const description = `Seat: ${seat.masterclassTitle}`;
    const session = await this.gateway.call('open the seat checkout', (stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [{ quantity: 1, price_data: { currency: seat.currency, unit_amount: seat.priceCents, product_data: { name: description } } }],
          customer_email: seat.email,
          client_reference_id: purchaseId,
          expires_at: expiresAt.getTime() / 1000,
          metadata,
          payment_intent_data: { metadata },
          success_url: `${seat.manageUrl}?checkout=success`,
          cancel_url: `${seat.manageUrl}?checkout=cancelled`,
        },
        { stripeAccount: account, idempotencyKey: `purchase-checkout:${purchaseId}` },
      ),
    );
    // Nobody has this session's address until it is returned: left unused, it simply expires and finds no purchase.
    if (!(await this.seats.extendHold(seat.practiceId, seat.registrationId, new Date(session.expires_at * 1000)))) {
      throw conflict('The seat held for you has just been released: register again to get a seat if one is free');
    }
    const opened = await this.ledger.open({
      id: purchaseId,
      kind: 'MASTERCLASS_SEAT',
      registrationId: seat.registrationId,
      description,
      buyerName: seat.name,
      buyerEmail: seat.email,
      amountCents: seat.priceCents,
      currency: seat.currency,
      checkoutSessionId: session.id,
      checkoutExpiresAt: new Date(session.expires_at * 1000),
    });
    if (!opened) throw conflict('A payment for this seat was started a moment ago: open your registration page again to continue it');
    return { url: session.url! };
  }

  /** The open session's page; one that has just been paid or has closed says so (its webhook is on its way). */
  private async reopen(sessionId: string, account: string): Promise<string> {
    const session = await this.gateway.call('reopen the seat checkout', (stripe) => stripe.checkout.sessions.retrieve(sessionId, {}, { stripeAccount: account }));
    if (session.status === 'open' && session.url) return session.url;
    if (session.status === 'complete') throw conflict('This seat has just been paid for: your confirmation is on its way');
    throw conflict('The payment page for this seat has closed: the seat has been released');
  }
}
