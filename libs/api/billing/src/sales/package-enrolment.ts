import { Injectable, Logger } from '@nestjs/common';
import { RosterService } from '@ascend/coaching';
import { TeamService } from '@ascend/identity';
import { DomainError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import type { PurchaseRow } from './purchase-rows';
import { packageEndsAt } from './purchase-rules';

const logger = new Logger('Sales');

interface ClientRow {
  id: string;
  user_id: string | null;
}

/**
 * What a paid coaching package gives its buyer: a place on the practice's roster as an ACTIVE client with the
 * package's coach. An existing account becomes a CLIENT member at once; a new address gets the client invitation,
 * and its account joins the same roster row on accepting. A monthly package's subscription is set to end after
 * the package's months. Safe to run again: every step finds what an earlier run made.
 */
@Injectable()
export class PackageEnrolment {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly roster: RosterService,
    private readonly team: TeamService,
    private readonly gateway: StripeGateway,
  ) {}

  async enrol(purchase: PurchaseRow, connectedAccount: string): Promise<void> {
    const practiceId = this.context.practiceId;
    const [offering]: { coach_user_id: string | null; months: number }[] = await this.db.manager.query(
      `select coach_user_id, months from offering where tenant_id = $1 and id = $2`,
      [practiceId, purchase.offering_id],
    );
    await this.actForPractice(practiceId);
    const accountId = purchase.buyer_user_id ?? (await this.accountOf(purchase.buyer_email));
    // The membership trigger puts the account on the roster (or links the row prepared for its address).
    if (accountId) await this.team.admitClient(accountId, purchase.buyer_email, { purchaseId: purchase.id });
    const invitable = await this.onRoster(purchase, accountId, offering.coach_user_id);
    if (invitable) await this.invite(invitable);
    if (purchase.stripe_subscription_id) await this.endAfterMonths(purchase, offering.months, connectedAccount);
  }

  /**
   * Puts the buyer on the roster as an ACTIVE client with the package's coach; answers the roster row to invite
   * when the buyer has no account yet. Beyond the plan's client limit the buyer, who has paid, waits on the roster
   * instead (a lead, not invited) for the practice to upgrade or make room.
   */
  private async onRoster(purchase: PurchaseRow, accountId: string | undefined, coachUserId: string | null): Promise<string | undefined> {
    const found = await this.clientOf(purchase.buyer_email, accountId);
    const coach = coachUserId ? { coachUserId } : {};
    const place = (status: 'ACTIVE' | undefined) =>
      found
        ? this.roster.update({ clientId: found.id, ...(status ? { status } : {}), ...coach })
        : this.roster.add({ name: purchase.buyer_name, email: purchase.buyer_email, status: status ?? 'LEAD', invite: false, ...coach });
    try {
      const client = await place('ACTIVE');
      return accountId || found?.user_id ? undefined : client.id;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'FORBIDDEN')) throw error;
      logger.warn({ purchaseId: purchase.id }, `A package was bought beyond the practice's client limit: ${error.message}`);
      await place(undefined);
      return undefined;
    }
  }

  /**
   * The roster and invitations act for a person of the practice; a purchase is made on the practice's behalf, so
   * they act for its first owner (who is also named as the one who invited the buyer).
   */
  private async actForPractice(practiceId: string): Promise<void> {
    const [owner]: { user_id: string }[] = await this.db.manager.query(
      `select user_id from membership where tenant_id = $1 and role = 'OWNER' order by created_at, user_id limit 1`,
      [practiceId],
    );
    this.db.actAs({ practiceId, userId: owner.user_id });
    this.context.set({ role: 'OWNER' });
  }

  private async accountOf(email: string): Promise<string | undefined> {
    const [account]: { id: string }[] = await this.db.manager.query(`select id from app_account_by_email($1)`, [email]);
    return account?.id;
  }

  private async clientOf(email: string, accountId: string | undefined): Promise<ClientRow | undefined> {
    const [row]: ClientRow[] = await this.db.manager.query(
      `select id, user_id from client where tenant_id = $1 and (email = $2 or user_id = $3) order by (user_id = $3) desc nulls last limit 1`,
      [this.context.practiceId, email, accountId ?? null],
    );
    return row;
  }

  /** A buyer invited already (by an earlier run, or by hand) keeps that invitation. */
  private async invite(clientId: string): Promise<void> {
    try {
      await this.roster.invite(clientId);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
    }
  }

  /** Monthly payments stop after the package's months: Stripe cancels the subscription then. */
  private async endAfterMonths(purchase: PurchaseRow, months: number, connectedAccount: string): Promise<void> {
    const subscriptionId = purchase.stripe_subscription_id!;
    const stripe = this.gateway.require();
    const subscription = await stripe.subscriptions.retrieve(subscriptionId, {}, { stripeAccount: connectedAccount });
    if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') return;
    await stripe.subscriptions.update(
      subscriptionId,
      { cancel_at: packageEndsAt(subscription.start_date, months) },
      { stripeAccount: connectedAccount, idempotencyKey: `package-end:${purchase.id}` },
    );
  }
}
