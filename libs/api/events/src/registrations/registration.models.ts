import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { Price } from '../masterclasses/masterclass.models';

export enum RegistrationStatusEnum {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatusEnum, {
  name: 'RegistrationStatus',
  description: 'A seat (confirmed, or held while its registrant pays), a place on the waitlist, or cancelled.',
});
export type RegistrationStatus = `${RegistrationStatusEnum}`;

export enum AttendanceEnum {
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(AttendanceEnum, { name: 'Attendance' });
export type Attendance = `${AttendanceEnum}`;

export enum RegistrationSourceEnum {
  DIRECT = 'DIRECT',
  NEWSLETTER = 'NEWSLETTER',
  PORTAL = 'PORTAL',
  COACH = 'COACH',
}
registerEnumType(RegistrationSourceEnum, {
  name: 'RegistrationSource',
  description: 'Where a registration came from: a direct link, a newsletter issue, the client portal, or added by the team.',
});
export type RegistrationSource = `${RegistrationSourceEnum}`;

@ObjectType({ description: 'Where a registration came from, as its link told.' })
export class RegistrationOrigin {
  @Field(() => RegistrationSourceEnum)
  source: RegistrationSource;

  @Field(() => String, { nullable: true })
  newsletterIssue: string | null;

  @Field(() => String, { nullable: true })
  utmSource: string | null;

  @Field(() => String, { nullable: true })
  utmMedium: string | null;

  @Field(() => String, { nullable: true })
  utmCampaign: string | null;
}

@ObjectType({ description: "A registration as the practice's team sees it." })
export class Registration {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  masterclassId: string;

  @Field(() => String)
  masterclassTitle: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { description: 'Their question for the host, if any.' })
  question: string;

  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Their place on the waitlist, 1 being next; null unless waitlisted.' })
  waitlistPosition: number | null;

  @Field(() => Date, { nullable: true, description: 'When a seat held for payment is released.' })
  holdExpiresAt: Date | null;

  @Field(() => AttendanceEnum, { nullable: true })
  attendance: Attendance | null;

  @Field(() => RegistrationOrigin)
  origin: RegistrationOrigin;

  @Field(() => ID, { nullable: true, description: 'Their client profile, once they are on the roster.' })
  clientId: string | null;

  @Field(() => Date)
  registeredAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the team invited them to become a client.' })
  invitedAsClientAt: Date | null;
}

@ObjectType({ description: 'A page of registrations, in arrival order.' })
export class RegistrationPage {
  @Field(() => [Registration])
  registrations: Registration[];

  @Field(() => Int, { description: 'How many match, across all pages.' })
  total: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  nextCursor: string | null;
}

@ObjectType({ description: 'A masterclass as anyone may see it: no join link.' })
export class PublicMasterclass {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  practiceSlug: string;

  @Field(() => String)
  practiceName: string;

  @Field(() => String)
  title: string;

  /** Markdown: shown as `descriptionHtml` and `summary`, rendered only when asked for. */
  description: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String)
  timeZone: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => Price, { nullable: true })
  price: Price | null;

  @Field(() => Date)
  registrationDeadline: Date;

  @Field(() => Boolean, { description: 'Whether it takes registrations now (a full one still takes them, onto the waitlist).' })
  registrationOpen: boolean;

  @Field(() => String, { description: 'PUBLISHED, CANCELLED or COMPLETED.' })
  status: string;

  @Field(() => String)
  hostName: string;
}

@ObjectType({ description: 'A registration as its registrant sees it, through their link or in the portal.' })
export class MyRegistration {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true })
  waitlistPosition: number | null;

  @Field(() => Date, { nullable: true })
  holdExpiresAt: Date | null;

  @Field(() => PublicMasterclass)
  masterclass: PublicMasterclass;

  @Field(() => String, { nullable: true, description: 'Only for a confirmed seat.' })
  joinUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Once the host has added it.' })
  replayUrl: string | null;

  @Field(() => String, { description: 'The .ics of this registration (subscribe or download).' })
  calendarUrl: string;

  @Field(() => String, { description: 'The signed token of the manage page; keep it private.' })
  manageToken: string;
}

@InputType({ description: 'Where the registrant came from, read from the link they followed.' })
export class RegistrationOriginInput {
  @Field(() => String, { nullable: true, description: 'The newsletter issue whose link they followed.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  newsletterIssue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  utmSource?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  utmMedium?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  utmCampaign?: string | null;
}

@InputType({ description: 'A registration from the public page: no account needed.' })
export class RegisterForMasterclassInput {
  @Field(() => String)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case letters, digits and single hyphens' })
  @MaxLength(63)
  practiceSlug: string;

  @Field(() => String)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case letters, digits and single hyphens' })
  @MaxLength(80)
  masterclassSlug: string;

  @Field(() => String)
  @VisibleText(120)
  name: string;

  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { defaultValue: '', description: 'A question for the host.' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  question: string;

  @Field(() => Boolean, { description: 'That they agree to be contacted about this masterclass, as the form says.' })
  @IsBoolean()
  consent: boolean;

  @Field(() => RegistrationOriginInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationOriginInput)
  origin?: RegistrationOriginInput | null;

  @Field(() => String, { nullable: true, description: 'Leave empty: a field people never see, which only robots fill.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

@ObjectType({ description: 'The answer to a registration from the public page.' })
export class RegistrationReceipt {
  @Field(() => Boolean, { description: 'The address was registered already: nothing changed, and its details were emailed again.' })
  alreadyRegistered: boolean;

  @Field(() => MyRegistration, { nullable: true, description: 'The new registration; null when the address was registered already.' })
  registration: MyRegistration | null;
}
