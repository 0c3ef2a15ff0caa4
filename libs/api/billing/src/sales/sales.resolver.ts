import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Public, RateLimited, Roles } from '@ascend/platform/tenancy';
import { StripeLink } from '../subscription/plan.models';
import { BuyPackageInput } from './offering.models';
import { OptionalBearerGuard } from './optional-bearer.guard';
import { Bearer, PackageCheckout } from './package-checkout';
import { Purchase, PurchaseList, SalesAccount } from './purchase.models';
import { PurchasesService } from './purchases.service';
import { SalesAccounts } from './sales-accounts';
import { SeatCheckout } from './seat-checkout';

@Resolver()
export class SalesResolver {
  constructor(
    private readonly accounts: SalesAccounts,
    private readonly sales: PurchasesService,
    private readonly packages: PackageCheckout,
    private readonly seats: SeatCheckout,
  ) {}

  @Roles('OWNER', 'ADMIN')
  @Query(() => SalesAccount, { description: "The practice's own Stripe account for its sales, and whether it can sell." })
  salesAccount(): Promise<SalesAccount> {
    return this.accounts.account();
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => StripeLink, { description: "Stripe's onboarding for the practice's own account (made on first use)." })
  connectStripeAccount(): Promise<StripeLink> {
    return this.accounts.connect();
  }

  @Roles('OWNER', 'ADMIN')
  @Query(() => PurchaseList, { description: 'Purchases, newest first, with totals per currency.' })
  purchases(
    @Args('since', { type: () => Date, nullable: true }) since?: Date,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first?: number,
  ): Promise<PurchaseList> {
    return this.sales.list(since ?? undefined, first ?? 100);
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => Purchase, { description: 'Refunds a paid purchase in full; a refunded seat is cancelled.' })
  refundPurchase(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Purchase> {
    return this.sales.refund(id);
  }

  @Public()
  @RateLimited()
  @UseGuards(OptionalBearerGuard)
  @Mutation(() => StripeLink, { description: 'Stripe Checkout for a coaching package; a signed-in buyer buys as their account.' })
  buyPackage(@Args('input') input: BuyPackageInput, @Context() { req }: { req: Request }): Promise<StripeLink> {
    return this.packages.buy(input, (req.user as Bearer | false | undefined) || undefined);
  }

  @Public()
  @RateLimited()
  @Mutation(() => StripeLink, { description: "Stripe Checkout for a seat held for payment (token: the registration's signed link token)." })
  payForRegistration(@Args('token', { type: () => String }) token: string): Promise<StripeLink> {
    return this.seats.pay(token);
  }
}
