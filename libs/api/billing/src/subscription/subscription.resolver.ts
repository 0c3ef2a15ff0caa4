import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowedWhen, PlanId, Public, Roles } from '@ascend/platform/tenancy';
import { Plan, PlanIdEnum, StripeLink } from './plan.models';
import { SubscriptionChanges } from './subscription-changes.service';
import { PracticeBilling, PracticeStanding } from './subscription.models';
import { SubscriptionService } from './subscription.service';

/** The practice's plan and its subscription to Ascend. Paying works while the practice is read-only: it is how that ends. */
@Resolver()
export class SubscriptionResolver {
  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly changes: SubscriptionChanges,
  ) {}

  @Public()
  @Query(() => [Plan], { description: "Ascend's plans, Starter (free) first." })
  plans(): Plan[] {
    return this.subscriptions.plans();
  }

  @Roles('OWNER', 'ADMIN')
  @Query(() => PracticeBilling)
  practiceBilling(): Promise<PracticeBilling> {
    return this.subscriptions.billing();
  }

  @Roles('OWNER', 'ADMIN', 'COACH', 'CLIENT')
  @AllowedWhen('suspended')
  @Query(() => PracticeStanding)
  practiceStanding(): Promise<PracticeStanding> {
    return this.subscriptions.standing();
  }

  @Roles('OWNER', 'ADMIN')
  @AllowedWhen('read-only')
  @Mutation(() => StripeLink, { description: "Stripe Checkout for the practice's first subscription (a trial if it never had one)." })
  startPlanCheckout(@Args('plan', { type: () => PlanIdEnum }) plan: PlanId): Promise<StripeLink> {
    return this.changes.startCheckout(plan);
  }

  @Roles('OWNER', 'ADMIN')
  @AllowedWhen('read-only')
  @Mutation(() => StripeLink, { description: "Stripe's Customer Portal: card, invoices and cancellation." })
  openBillingPortal(): Promise<StripeLink> {
    return this.changes.openPortal();
  }

  @Roles('OWNER', 'ADMIN')
  @AllowedWhen('read-only')
  @Mutation(() => PracticeBilling, { description: 'Moves the subscription to another plan (Starter: ends it at the period end); refused above the new limits.' })
  changePlan(@Args('plan', { type: () => PlanIdEnum }) plan: PlanId): Promise<PracticeBilling> {
    return this.changes.changePlan(plan);
  }
}
