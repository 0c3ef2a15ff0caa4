import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import type { PlanId } from '@ascend/platform/tenancy';
import { PlanIdEnum, SubscriptionStatus, SubscriptionStatusEnum } from '../subscription/plan.models';

@ObjectType({ description: 'A practice as platform operators see it: plan, subscription, revenue, usage and suspension.' })
export class OperatorPractice {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => PlanIdEnum)
  plan: PlanId;

  @Field(() => SubscriptionStatusEnum)
  status: SubscriptionStatus;

  @Field(() => Date, { nullable: true })
  trialEndsAt: Date | null;

  @Field(() => Int)
  mrrCents: number;

  @Field(() => Boolean)
  suspended: boolean;

  @Field(() => String, { nullable: true })
  suspendedReason: string | null;

  @Field(() => Int)
  coaches: number;

  @Field(() => Int)
  activeClients: number;

  @Field(() => Int)
  subscribers: number;

  @Field(() => Int)
  emailsThisMonth: number;
}

@ObjectType()
export class MrrPoint {
  @Field(() => String, { description: 'First day of the month (UTC), YYYY-MM-DD.' })
  month: string;

  @Field(() => Int)
  mrrCents: number;

  @Field(() => Int)
  payingPractices: number;
}

@ObjectType()
export class OperatorTotals {
  @Field(() => Int)
  mrrCents: number;

  @Field(() => Int)
  activePractices: number;

  @Field(() => Int)
  payingPractices: number;

  @Field(() => Int)
  trialingPractices: number;

  @Field(() => Int)
  suspendedPractices: number;

  @Field(() => Int, { description: 'Subscriptions ended within the period.' })
  churnedPractices: number;

  @Field(() => Float, { description: "churned / paying at the period's start (0..1)." })
  churnRate: number;

  @Field(() => Int)
  periodDays: number;

  @Field(() => [MrrPoint], { description: 'The last 12 months, oldest first.' })
  mrrHistory: MrrPoint[];
}

@ObjectType()
export class OperatorAuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  action: string;

  @Field(() => String)
  actorEmail: string;

  @Field(() => ID, { nullable: true })
  practiceId: string | null;

  @Field(() => String, { nullable: true })
  practiceName: string | null;

  @Field(() => String, { description: 'JSON text.' })
  detail: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'A Stripe event Ascend could not place (unknown customer) or process.' })
export class BillingAlert {
  @Field(() => String)
  eventId: string;

  @Field(() => String)
  type: string;

  @Field(() => String)
  outcome: string;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Date)
  receivedAt: Date;
}

@ArgsType()
export class SuspendPracticeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  practiceId: string;

  @Field(() => String, { description: 'Why, for the audit trail and the practice: 1 to 500 characters.' })
  @VisibleText(500)
  reason: string;
}
