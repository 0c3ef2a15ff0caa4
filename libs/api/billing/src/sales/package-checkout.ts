import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { People } from '@ascend/identity';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, FieldProblem, InvalidInputError } from '@ascend/platform/graphql';
import { Entitlements, TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import type { StripeLink } from '../subscription/plan.models';
import type { OfferingBilling } from './offering-rules';
import { BuyPackageInput } from './offering.models';
import { PurchaseLedger } from './purchase-ledger';
import { SalesAccounts } from './sales-accounts';

/** A signed-in caller's bearer token, as passport read it (see OptionalBearerGuard). */
export interface Bearer {
  userId: string;
  sessionId: string;
}

interface Buyer {
  userId?: string;
  name: string;
  email: string;
}

interface SoldOffering {
  id: string;
  slug: string;
  title: string;
  price_cents: number;
  currency: string;
  billing: OfferingBilling;
}

/**
 * Buying a coaching package from the practice's public page: a Checkout session on the practice's connected account,
 * one payment or monthly ones. Stripe is asked first and the purchase written only once it has answered, so a
 * refusal or an outage leaves nothing behind; completing the payment is the webhook's business (SalesEvents).
 */
@Injectable()
export class PackageCheckout {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateway: StripeGateway,
    private readonly accounts: SalesAccounts,
    private readonly ledger: PurchaseLedger,
    private readonly entitlements: Entitlements,
    private readonly people: People,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async buy(input: BuyPackageInput, bearer: Bearer | undefined): Promise<StripeLink> {
    const buyer = bearer ? await this.signedIn(bearer) : guest(input);
    const [practice]: { id: string; slug: string }[] = await this.db.manager.query(`select id, slug from practice_profile where slug = $1`, [input.practiceSlug]);
    if (!practice) throw new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'input.practiceSlug', message: 'is not the address of a practice' }]);
    this.db.actAs({ practiceId: practice.id, userId: buyer.userId });
    const [offering]: SoldOffering[] = await this.db.manager.query(
      `select id, slug, title, price_cents, currency, billing from offering where tenant_id = $1 and slug = $2 and active`,
      [practice.id, input.offeringSlug],
    );
    if (!offering) throw new DomainError('NOT_FOUND', 'This practice offers no such package', [{ field: 'input.offeringSlug', message: 'is not a package on sale' }]);
    const account = await this.accounts.chargeable(practice.id);
    await this.entitlements.allowPaidOfferings(practice.id);

    const purchaseId = randomUUID();
    const metadata = { practiceId: practice.id, purchaseId, kind: 'PACKAGE' };
    const page = `${this.config.publicUrl}/p/${practice.slug}/packages/${offering.slug}`;
    const monthly = offering.billing === 'MONTHLY';
    const session = await this.gateway.call('open the package checkout', (stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: monthly ? 'subscription' : 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: offering.currency,
                unit_amount: offering.price_cents,
                product_data: { name: offering.title },
                ...(monthly ? { recurring: { interval: 'month' as const } } : {}),
              },
            },
          ],
          customer_email: buyer.email,
          client_reference_id: purchaseId,
          metadata,
          ...(monthly ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
          success_url: `${page}?checkout=success`,
          cancel_url: `${page}?checkout=cancelled`,
        },
        { stripeAccount: account, idempotencyKey: `purchase-checkout:${purchaseId}` },
      ),
    );
    await this.ledger.open({
      id: purchaseId,
      kind: 'PACKAGE',
      offeringId: offering.id,
      description: offering.title,
      buyerName: buyer.name,
      buyerEmail: buyer.email,
      buyerUserId: buyer.userId,
      amountCents: offering.price_cents,
      currency: offering.currency,
      checkoutSessionId: session.id,
      checkoutExpiresAt: new Date(session.expires_at * 1000),
    });
    return { url: session.url! };
  }

  /** A signed-in buyer buys as their account, whatever the form says; a session that has ended is refused. */
  private async signedIn(bearer: Bearer): Promise<Buyer> {
    const entered = await this.db.enter({ userId: bearer.userId, sessionId: bearer.sessionId });
    if (!entered.live) throw new DomainError('UNAUTHENTICATED', 'Your session has ended: sign in again, or buy as a guest');
    const person = await this.people.byId(bearer.userId);
    return { userId: person.id, name: person.name, email: person.email };
  }
}

function guest(input: BuyPackageInput): Buyer {
  const problems: FieldProblem[] = [];
  if (!input.name) problems.push({ field: 'input.name', message: 'is needed to buy without signing in' });
  if (!input.email) problems.push({ field: 'input.email', message: 'is needed to buy without signing in' });
  if (problems.length) throw new InvalidInputError(problems);
  return { name: input.name!, email: input.email!.trim().toLowerCase() };
}
