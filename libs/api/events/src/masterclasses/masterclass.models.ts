import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';

export enum MasterclassStatusEnum {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(MasterclassStatusEnum, {
  name: 'MasterclassStatus',
  description: 'Drafts are seen by the team only; published ones take registrations; cancelled and completed ones are kept.',
});
export type MasterclassStatus = `${MasterclassStatusEnum}`;

@ObjectType({ description: 'A price in the smallest unit of its currency (cents, pence).' })
export class Price {
  @Field(() => Int)
  amountCents: number;

  @Field(() => String, { description: 'ISO 4217, e.g. EUR.' })
  currency: string;
}

@ObjectType({ description: 'The member of the team who presents the masterclass.' })
export class MasterclassHost {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: "A masterclass as the practice's team sees it." })
export class Masterclass {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Its address on the public page: /p/<practice>/masterclasses/<slug>.' })
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Markdown, as written.' })
  description: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { description: 'The IANA zone the masterclass is presented in.' })
  timeZone: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Price, { nullable: true, description: 'Null for a complimentary masterclass.' })
  price: Price | null;

  @Field(() => Date)
  registrationDeadline: Date;

  @Field(() => String, { description: 'Revealed only to confirmed registrants.' })
  joinUrl: string;

  @Field(() => String)
  replayUrl: string;

  @Field(() => MasterclassHost, { nullable: true })
  host: MasterclassHost | null;

  @Field(() => MasterclassStatusEnum)
  status: MasterclassStatus;

  @Field(() => Int, { description: 'Confirmed seats and seats held for payment.' })
  seatsTaken: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => String, { description: 'The public page of the masterclass.' })
  publicUrl: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@InputType({ description: 'A price; leave it out for a complimentary masterclass.' })
export class PriceInput {
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(50, { message: 'must be at least 50 cents' })
  @Max(10_000_000, { message: 'must be at most 100000.00' })
  amountCents: number;

  @Field(() => String)
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as EUR' })
  currency: string;
}

@InputType()
export class MasterclassInput {
  @Field(() => String)
  @VisibleText(160)
  title: string;

  @Field(() => String, { nullable: true, description: 'Defaults to one made from the title.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case letters, digits and single hyphens' })
  @MaxLength(80, { message: 'must be at most 80 characters' })
  slug?: string;

  @Field(() => String, { defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(20000, { message: 'must be at most 20000 characters' })
  description: string;

  @Field(() => Date)
  @IsDate({ message: 'must be a date and time' })
  startsAt: Date;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(720, { message: 'must be at most 720 minutes (12 hours)' })
  durationMinutes: number;

  @Field(() => String, { description: 'The IANA zone it is presented in, e.g. Europe/London.' })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100000, { message: 'must be at most 100000' })
  capacity: number;

  @Field(() => PriceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceInput)
  price?: PriceInput | null;

  @Field(() => Date, { nullable: true, description: 'Defaults to the start.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  registrationDeadline?: Date | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  joinUrl: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  replayUrl: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the person creating it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  hostUserId?: string | null;
}

@InputType()
export class UpdateMasterclassInput extends MasterclassInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  id: string;
}
