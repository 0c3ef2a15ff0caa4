import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { OFFERING_BILLINGS, OfferingBilling } from './offering-rules';

export const OfferingBillingEnum = Object.fromEntries(OFFERING_BILLINGS.map((b) => [b, b])) as Record<OfferingBilling, OfferingBilling>;
registerEnumType(OfferingBillingEnum, { name: 'OfferingBilling' });

@ObjectType({ description: 'A coaching package the practice sells, e.g. a 12-month leadership accelerator.' })
export class Offering {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Markdown.' })
  description: string;

  @Field(() => Int)
  priceCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => OfferingBillingEnum)
  billing: OfferingBilling;

  @Field(() => Int, { description: 'How long the package runs; for MONTHLY billing, the number of monthly payments.' })
  months: number;

  @Field(() => ID, { nullable: true, description: 'The coach a buyer is assigned to (null: the practice assigns one later).' })
  coachUserId: string | null;

  @Field(() => String, { nullable: true })
  coachName: string | null;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: "What anyone sees of a package on the practice's public pages." })
export class PublicOffering {
  @Field(() => String)
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Sanitized HTML of the markdown description.' })
  descriptionHtml: string;

  @Field(() => Int)
  priceCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => OfferingBillingEnum)
  billing: OfferingBilling;

  @Field(() => Int)
  months: number;

  @Field(() => String, { nullable: true })
  coachName: string | null;
}

// Field rules (lengths, bounds, the slug's form) are offering-rules.ts's, so every problem is named in one pass.
@InputType()
export class CreateOfferingInput {
  @Field(() => String)
  @IsString()
  title: string;

  @Field(() => String, { nullable: true, description: 'Defaults to one made from the title; unique in the practice.' })
  @IsOptional()
  @IsString()
  slug?: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  description: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of cents' })
  priceCents: number;

  @Field(() => String, { defaultValue: 'usd' })
  @IsString()
  currency: string;

  @Field(() => OfferingBillingEnum)
  @IsIn(OFFERING_BILLINGS)
  billing: OfferingBilling;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of months' })
  months: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  coachUserId?: string | null;
}

@InputType()
export class UpdateOfferingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  priceCents?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of months' })
  months?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  coachUserId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class BuyPackageInput {
  @Field(() => String)
  @IsString()
  @MaxLength(80)
  practiceSlug: string;

  @Field(() => String)
  @IsString()
  @MaxLength(80)
  offeringSlug: string;

  @Field(() => String, { nullable: true, description: "Ignored when signed in (the account's name and address are used)." })
  @IsOptional()
  @VisibleText(120)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string;
}
