import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../method/iso-date';
import { Goal, MethodProgress } from '../method/method.models';
import type { WeekStatus } from './check-in-rules';

const WEEK_STATUSES: WeekStatus[] = ['DONE', 'UPCOMING', 'DUE', 'LATE'];
const WeekStatusEnum = Object.fromEntries(WEEK_STATUSES.map((s) => [s, s])) as Record<WeekStatus, WeekStatus>;
registerEnumType(WeekStatusEnum, {
  name: 'CheckInWeekStatus',
  description: 'DONE: checked in; UPCOMING: before the check-in day; DUE: on it; LATE: after it, still open until the week ends.',
});

@ObjectType({ description: "One client's report on one week (named by its Monday in the client's zone)." })
export class CheckIn {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: 'The Monday that starts the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => Int, { description: 'Progress toward the goal, 0-10.' })
  progress: number;

  @Field(() => Int, { description: 'Energy, 1-5.' })
  energy: number;

  @Field(() => String)
  wins: string;

  @Field(() => String, { description: 'Where I defaulted to doing instead of leading.' })
  defaultedToDoing: string;

  @Field(() => String, { description: 'What I declined or delegated.' })
  declinedOrDelegated: string;

  @Field(() => String)
  strategicWork: string;

  @Field(() => String, { description: 'An outcome in business terms: what would have happened without it, time or money saved, risk avoided.' })
  impactMadeLegible: string;

  @Field(() => String)
  nextCommitments: string;

  @Field(() => Boolean, { description: 'Submitted after the check-in day had ended.' })
  late: boolean;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true })
  coachReply: string | null;

  @Field(() => Date, { nullable: true })
  repliedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who replied.' })
  repliedByName: string | null;

  @Field(() => Boolean, { description: 'Whether the client may still change it: until its week closes.' })
  editable: boolean;
}

@ObjectType({ description: 'Check-ins, newest week first; pass endCursor as `after` for the next page.' })
export class CheckInPage {
  @Field(() => [CheckIn])
  nodes: CheckIn[];

  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field(() => Boolean)
  hasNextPage: boolean;
}

@ObjectType({ description: "The current week on the client's clock." })
export class CheckInWeek {
  @Field(() => String, { description: 'Its Monday, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => String, { description: 'The check-in day in this week, YYYY-MM-DD.' })
  checkInDate: string;

  @Field(() => WeekStatusEnum)
  status: WeekStatus;

  @Field(() => CheckIn, { nullable: true })
  checkIn: CheckIn | null;

  @Field(() => String, { nullable: true, description: "Last week's Monday while it has no check-in and one can still be made, late." })
  missedWeekStart: string | null;
}

@ObjectType()
export class CoachReply {
  @Field(() => ID)
  checkInId: string;

  @Field(() => String)
  weekStart: string;

  @Field(() => String)
  reply: string;

  @Field(() => Date)
  repliedAt: Date;

  @Field(() => String, { nullable: true })
  coachName: string | null;
}

@ObjectType({ description: 'The client portal home in one query.' })
export class MyCoaching {
  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  coachName: string | null;

  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  checkInDay: number;

  @Field(() => String)
  timeZone: string;

  @Field(() => Boolean, { description: 'Whether weekly accountability (step 5) is set up.' })
  accountabilitySetUp: boolean;

  @Field(() => MethodProgress)
  methodProgress: MethodProgress;

  @Field(() => Goal, { nullable: true })
  goal: Goal | null;

  @Field(() => CheckInWeek)
  thisWeek: CheckInWeek;

  @Field(() => Int, { description: 'Consecutive weeks with a check-in, up to this week (or last week while this one is open).' })
  streakWeeks: number;

  @Field(() => Int)
  longestStreakWeeks: number;

  @Field(() => CoachReply, { nullable: true, description: "The coach's latest reply to a check-in." })
  latestReply: CoachReply | null;
}

const TEXT_LIMIT = 4000;
const text = () => MaxLength(TEXT_LIMIT, { message: `must be at most ${TEXT_LIMIT} characters` });

@InputType()
export class SubmitCheckInInput {
  @Field(() => String, { nullable: true, description: "The week's Monday (YYYY-MM-DD); default: the current week in your time zone." })
  @IsOptional()
  @IsIsoDate()
  weekStart?: string;

  @Field(() => Int, { description: 'Progress toward your goal, 0-10.' })
  @IsInt({ message: 'must be a whole number from 0 to 10' })
  progress: number;

  @Field(() => Int, { description: 'Energy, 1-5.' })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  energy: number;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @text()
  wins: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @text()
  defaultedToDoing: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @text()
  declinedOrDelegated: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @text()
  strategicWork: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @text()
  impactMadeLegible: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @text()
  nextCommitments: string;
}
