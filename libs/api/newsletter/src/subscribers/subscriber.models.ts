import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { SubscriberStatus } from './subscriber-rules';

export enum SubscriberStatusEnum {
  PENDING = 'PENDING',
  SUBSCRIBED = 'SUBSCRIBED',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
  BOUNCED = 'BOUNCED',
  COMPLAINED = 'COMPLAINED',
}
registerEnumType(SubscriberStatusEnum, {
  name: 'SubscriberStatus',
  description: 'Waiting for their confirmation, subscribed, left, or never mailed again after a hard bounce or a complaint.',
});

@ObjectType({ description: "A newsletter subscriber with the record of their consent, as the practice's team sees them." })
export class Subscriber {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => SubscriberStatusEnum)
  status: SubscriberStatus;

  @Field(() => String, { description: 'How they came: SIGNUP_FORM, IMPORT, MASTERCLASS or TEAM.' })
  source: string;

  @Field(() => Date, { nullable: true })
  consentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The exact wording they agreed to.' })
  consentText: string | null;

  @Field(() => String, { nullable: true, description: 'The page or file the consent came through.' })
  consentSource: string | null;

  @Field(() => String, { nullable: true })
  consentIp: string | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  unsubscribedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'How many subscribers the practice has in each status.' })
export class SubscriberCounts {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  subscribed: number;

  @Field(() => Int)
  unsubscribed: number;

  @Field(() => Int)
  bounced: number;

  @Field(() => Int)
  complained: number;
}

@ObjectType({ description: 'A page of subscribers, newest first.' })
export class SubscriberPage {
  @Field(() => [Subscriber])
  subscribers: Subscriber[];

  @Field(() => Int, { description: 'How many match the filter, across all pages.' })
  total: number;

  @Field(() => SubscriberCounts, { description: 'The whole list by status, whatever the filter.' })
  counts: SubscriberCounts;
}

@InputType()
export class SubscriberFilter {
  @Field(() => SubscriberStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SubscriberStatusEnum)
  status?: SubscriberStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the address or the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'At most 200.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(200, { message: 'must be at most 200' })
  limit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  offset?: number | null;
}

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@InputType({ description: 'The signup form: no account needed; a confirmation mail follows (double opt-in).' })
export class SubscribeInput {
  @Field(() => String)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case letters, digits and single hyphens' })
  @MaxLength(63)
  practiceSlug: string;

  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;

  @Field(() => String, { defaultValue: '' })
  @trimmed
  @IsString()
  @MaxLength(120, { message: 'must be at most 120 characters' })
  name: string = '';

  @Field(() => Boolean, { description: 'That they agree to the wording the form shows (newsletterSignupWording).' })
  @IsBoolean()
  consent: boolean;

  @Field(() => String, { nullable: true, description: 'The path of the page the form was on.' })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(300, { message: 'must be at most 300 characters' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Leave empty: a field people never see, which only robots fill.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string | null;
}

@ObjectType({ description: 'The same answer to every signup, whether or not the address was known.' })
export class SubscribeReceipt {
  @Field(() => String)
  message: string;
}

@ObjectType({ description: 'What a subscriber sees on the pages their links open.' })
export class NewsletterConfirmation {
  @Field(() => String)
  practiceName: string;

  @Field(() => String)
  practiceSlug: string;

  @Field(() => String)
  email: string;

  @Field(() => SubscriberStatusEnum)
  status: SubscriberStatus;
}
