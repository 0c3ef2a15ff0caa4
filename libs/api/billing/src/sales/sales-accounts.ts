import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { StripeGateway } from '../shared/stripe-gateway';
import type { StripeLink } from '../subscription/plan.models';
import type { SalesAccount } from './purchase.models';

const logger = new Logger('Sales');

interface PracticeAccountRow {
  name: string;
  stripe_account_id: string | null;
  stripe_account_ready: boolean;
}

/**
 * The practice's own Stripe account (Stripe Connect), through which it sells seats and packages: created once,
 * onboarded on Stripe's hosted pages, and ready once Stripe lets it take charges (`account.updated` says so, and
 * the sales page asks Stripe again while it is not).
 */
@Injectable()
export class SalesAccounts {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly gateway: StripeGateway,
    private readonly entitlements: Entitlements,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async account(): Promise<SalesAccount> {
    const practiceId = this.context.practiceId;
    const practice = await this.practice(practiceId);
    let ready = practice.stripe_account_ready;
    if (practice.stripe_account_id && !ready && this.gateway.configured) ready = await this.refresh(practiceId, practice.stripe_account_id);
    const plan = await this.entitlements.planOf(practiceId);
    return {
      connected: practice.stripe_account_id !== null,
      chargesEnabled: ready,
      billingConfigured: this.gateway.configured,
      paidOfferingsAllowed: !this.entitlements.enforced || plan.limits.paidOfferings,
    };
  }

  /**
   * A link to Stripe's onboarding for the practice's account, made first if there is none. The account's creation
   * is keyed by the practice, so a retried or doubled request finds the same account instead of making another.
   */
  async connect(): Promise<StripeLink> {
    const practiceId = this.context.practiceId;
    const practice = await this.practice(practiceId);
    const accountId =
      practice.stripe_account_id ??
      (
        await this.gateway.call('create the practice’s Stripe account', (stripe) =>
          stripe.accounts.create({ type: 'standard', metadata: { practiceId } }, { idempotencyKey: `connect-account:${practiceId}` }),
        )
      ).id;
    const sales = `${this.config.publicUrl}/app/sales`;
    const link = await this.gateway.call('open Stripe’s onboarding', (stripe) =>
      stripe.accountLinks.create(
        { account: accountId, type: 'account_onboarding', refresh_url: `${sales}?connect=retry`, return_url: `${sales}?connect=done` },
        // A link works once and for minutes: each request asks for a new one.
        { idempotencyKey: `account-link:${practiceId}:${randomUUID()}` },
      ),
    );
    if (!practice.stripe_account_id) {
      await this.db.manager.query(`update practice set stripe_account_id = $2 where id = $1 and stripe_account_id is null`, [practiceId, accountId]);
    }
    return { url: link.url };
  }

  /** Stripe's word on whether the account takes charges, from an account it has just read. */
  async record(practiceId: string, account: Pick<Stripe.Account, 'id' | 'charges_enabled'>): Promise<void> {
    await this.db.manager.query(`update practice set stripe_account_ready = $3 where id = $1 and stripe_account_id = $2`, [
      practiceId,
      account.id,
      account.charges_enabled === true,
    ]);
  }

  /**
   * The connected account a sale is made on; refused, before anything is made, while the practice cannot take
   * payments (billing not configured, no account, or onboarding unfinished).
   */
  async chargeable(practiceId: string): Promise<string> {
    const practice = await this.practice(practiceId);
    if (!this.gateway.configured || !practice.stripe_account_id || !practice.stripe_account_ready) {
      throw new DomainError('CONFLICT', `${practice.name} cannot take payments online yet: please try again later, or contact the practice`);
    }
    return practice.stripe_account_id;
  }

  private async practice(practiceId: string): Promise<PracticeAccountRow> {
    const [row]: PracticeAccountRow[] = await this.db.manager.query(`select name, stripe_account_id, stripe_account_ready from practice where id = $1`, [practiceId]);
    return row;
  }

  /** Asks Stripe while onboarding looks unfinished; Stripe out of reach leaves what is known. */
  private async refresh(practiceId: string, accountId: string): Promise<boolean> {
    try {
      const account = await this.gateway.call('read the practice’s Stripe account', (stripe) => stripe.accounts.retrieve(accountId));
      await this.record(practiceId, account);
      return account.charges_enabled === true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.warn({ practiceId, accountId }, `Could not refresh the practice's Stripe account: ${error.message}`);
      return false;
    }
  }
}
