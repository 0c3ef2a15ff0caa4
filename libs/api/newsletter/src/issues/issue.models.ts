import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';

export enum NewsletterIssueStatusEnum {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  SENT = 'SENT',
}
registerEnumType(NewsletterIssueStatusEnum, {
  name: 'NewsletterIssueStatus',
  description: 'Drafts and scheduled issues can change; once sending starts its recipients are fixed.',
});
export type NewsletterIssueStatus = `${NewsletterIssueStatusEnum}`;

export enum NewsletterIssueKindEnum {
  MANUAL = 'MANUAL',
  WEEKLY = 'WEEKLY',
}
registerEnumType(NewsletterIssueKindEnum, { name: 'NewsletterIssueKind', description: 'Written by the team, or drafted by the app as the weekly insights issue.' });
export type NewsletterIssueKind = `${NewsletterIssueKindEnum}`;

@ObjectType({ description: 'An issue of the newsletter, with its sending figures.' })
export class NewsletterIssue {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  subject: string;

  @Field(() => String, { description: 'The preview line mail clients show after the subject.' })
  preheader: string;

  @Field(() => String, { description: 'Markdown, as written.' })
  body: string;

  @Field(() => NewsletterIssueKindEnum)
  kind: NewsletterIssueKind;

  @Field(() => String, { nullable: true, description: 'The Monday (YYYY-MM-DD) of the week a weekly insights issue covers.' })
  weekOf: string | null;

  @Field(() => NewsletterIssueStatusEnum)
  status: NewsletterIssueStatus;

  @Field(() => Date, { nullable: true })
  scheduledAt: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Subscribers it is being sent to, fixed when sending starts.' })
  recipients: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int, { description: 'Recipients not yet sent to.' })
  pending: number;

  @Field(() => Int, { description: 'Recipients whose address bounced after this issue.' })
  bounced: number;

  @Field(() => Int, { description: 'Recipients who marked this issue as spam.' })
  complained: number;

  @Field(() => Int, { description: 'Recipients who left from this issue.' })
  unsubscribed: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@InputType()
export class NewsletterIssueInput {
  @Field(() => String)
  @VisibleText(200)
  subject: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  preheader: string;

  @Field(() => String, { defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(100000, { message: 'must be at most 100000 characters' })
  body: string;
}

@InputType()
export class UpdateNewsletterIssueInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  id: string;

  @Field(() => String)
  @VisibleText(200)
  subject: string;

  @Field(() => String)
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  preheader: string;

  @Field(() => String, { description: 'Markdown.' })
  @IsString()
  @MaxLength(100000, { message: 'must be at most 100000 characters' })
  body: string;
}
