import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlanId } from '@ascend/platform/tenancy';
import { Plan, PlanIdEnum, SubscriptionStatus, SubscriptionStatusEnum } from './plan.models';

@ObjectType({ description: 'One counted limit: how much the practice uses of what its plan allows.' })
export class UsageFigure {
  @Field(() => String, { description: 'coaches, activeClients, subscribers or emailsPerMonth' })
  limit: string;

  @Field(() => String, { description: 'What is counted, for people: "Coaches (pending invitations included)".' })
  label: string;

  @Field(() => Int)
  used: number;

  @Field(() => Int)
  allowed: number;
}

@ObjectType()
export class BillingInvoice {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => String, { description: "Stripe's invoice status: draft, open, paid, uncollectible, void." })
  status: string;

  @Field(() => Int)
  amountDueCents: number;

  @Field(() => Int)
  amountPaidCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => String, { nullable: true })
  hostedInvoiceUrl: string | null;

  @Field(() => String, { nullable: true })
  invoicePdfUrl: string | null;

  @Field(() => Date, { nullable: true })
  periodStart: Date | null;

  @Field(() => Date, { nullable: true })
  periodEnd: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: "The practice's plan, subscription, usage and invoices (owners and admins)." })
export class PracticeBilling {
  @Field(() => Boolean, { description: 'False when the server has no Stripe keys: the page says which variables enable billing.' })
  configured: boolean;

  @Field(() => [String])
  missingVariables: string[];

  @Field(() => Boolean, { description: 'Whether plan limits are enforced (only when billing is configured).' })
  limitsEnforced: boolean;

  @Field(() => Plan, { description: 'The plan whose limits apply now (Starter unless a subscription is live).' })
  plan: Plan;

  @Field(() => PlanIdEnum, { nullable: true, description: 'The plan of the Stripe subscription, if there is one (it may be cancelled).' })
  subscribedPlan: PlanId | null;

  @Field(() => SubscriptionStatusEnum)
  status: SubscriptionStatus;

  @Field(() => Date, { nullable: true })
  trialEndsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The next renewal, unless the subscription is set to end then (see cancelsAt).' })
  renewsAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'While a payment is overdue: when the practice turns read-only.' })
  graceEndsAt: Date | null;

  @Field(() => Boolean)
  readOnly: boolean;

  @Field(() => [UsageFigure])
  usage: UsageFigure[];

  @Field(() => [BillingInvoice], { description: 'Newest first, at most 24.' })
  invoices: BillingInvoice[];
}

@ObjectType({ description: 'What every member sees in banners: trial ending, payment overdue, read-only, suspended.' })
export class PracticeStanding {
  @Field(() => PlanIdEnum)
  plan: PlanId;

  @Field(() => SubscriptionStatusEnum)
  status: SubscriptionStatus;

  @Field(() => Date, { nullable: true })
  trialEndsAt: Date | null;

  @Field(() => Date, { nullable: true })
  graceEndsAt: Date | null;

  @Field(() => Boolean)
  readOnly: boolean;

  @Field(() => Boolean)
  suspended: boolean;

  @Field(() => String, { nullable: true })
  suspendedReason: string | null;
}
