import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PURCHASE_KINDS, PURCHASE_STATUSES, PurchaseKind, PurchaseStatus } from './purchase-rules';

export const PurchaseKindEnum = Object.fromEntries(PURCHASE_KINDS.map((k) => [k, k])) as Record<PurchaseKind, PurchaseKind>;
registerEnumType(PurchaseKindEnum, { name: 'PurchaseKind' });

export const PurchaseStatusEnum = Object.fromEntries(PURCHASE_STATUSES.map((s) => [s, s])) as Record<PurchaseStatus, PurchaseStatus>;
registerEnumType(PurchaseStatusEnum, { name: 'PurchaseStatus' });

@ObjectType()
export class SalesAccount {
  @Field(() => Boolean, { description: 'A Stripe account is connected (onboarding may be unfinished).' })
  connected: boolean;

  @Field(() => Boolean, { description: 'Stripe lets the account take payments (onboarding finished).' })
  chargesEnabled: boolean;

  @Field(() => Boolean, { description: 'False when the server has no Stripe keys.' })
  billingConfigured: boolean;

  @Field(() => Boolean, { description: "Whether the practice's plan includes paid offerings." })
  paidOfferingsAllowed: boolean;
}

@ObjectType()
export class Purchase {
  @Field(() => ID)
  id: string;

  @Field(() => PurchaseKindEnum)
  kind: PurchaseKind;

  @Field(() => String, { description: 'What was bought: the package title, or "Seat: <masterclass title>".' })
  description: string;

  @Field(() => String)
  buyerName: string;

  @Field(() => String)
  buyerEmail: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => PurchaseStatusEnum)
  status: PurchaseStatus;

  @Field(() => Int)
  refundedCents: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;
}

@ObjectType({ description: 'Totals per currency over the listed period.' })
export class SalesTotal {
  @Field(() => String)
  currency: string;

  @Field(() => Int)
  paidCents: number;

  @Field(() => Int)
  refundedCents: number;

  @Field(() => Int)
  netCents: number;

  @Field(() => Int)
  purchases: number;
}

@ObjectType()
export class PurchaseList {
  @Field(() => [Purchase])
  purchases: Purchase[];

  @Field(() => [SalesTotal])
  totals: SalesTotal[];
}
