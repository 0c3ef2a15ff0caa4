import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PLAN_IDS, PlanId } from '@ascend/platform/tenancy';

/**
 * The GraphQL types billing shares: plans, subscription statuses and links to Stripe's hosted pages. Defined once
 * here (a GraphQL type name can exist only once): sales and the operator console import them from this file.
 */
export const PlanIdEnum = Object.fromEntries(PLAN_IDS.map((id) => [id, id])) as Record<PlanId, PlanId>;
registerEnumType(PlanIdEnum, { name: 'PlanId' });

export const SUBSCRIPTION_STATUSES = ['NONE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED', 'INCOMPLETE', 'INCOMPLETE_EXPIRED', 'PAUSED'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const SubscriptionStatusEnum = Object.fromEntries(SUBSCRIPTION_STATUSES.map((s) => [s, s])) as Record<SubscriptionStatus, SubscriptionStatus>;
registerEnumType(SubscriptionStatusEnum, { name: 'SubscriptionStatus' });

@ObjectType()
export class PlanLimits {
  @Field(() => Int)
  coaches: number;

  @Field(() => Int)
  activeClients: number;

  @Field(() => Int)
  subscribers: number;

  @Field(() => Int)
  emailsPerMonth: number;

  @Field(() => Boolean)
  paidOfferings: boolean;
}

@ObjectType()
export class Plan {
  @Field(() => PlanIdEnum)
  id: PlanId;

  @Field(() => String)
  name: string;

  @Field(() => String)
  summary: string;

  @Field(() => Int)
  monthlyPriceCents: number;

  @Field(() => String, { description: 'ISO 4217, lower case (usd).' })
  currency: string;

  @Field(() => PlanLimits)
  limits: PlanLimits;
}

@ObjectType({ description: 'A Stripe-hosted page to send the person to (Checkout, the Customer Portal, Connect onboarding).' })
export class StripeLink {
  @Field(() => String)
  url: string;
}
