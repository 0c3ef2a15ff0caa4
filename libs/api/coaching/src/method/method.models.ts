import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { MethodStepEnum, type MethodStep } from '../shared/coaching.enums';
import { IsIsoDate } from './iso-date';

export const AWARENESS_NOTE_KINDS = ['PATTERN', 'HABITUAL_YES'] as const;
export type AwarenessNoteKind = (typeof AWARENESS_NOTE_KINDS)[number];
const AwarenessNoteKindEnum = Object.fromEntries(AWARENESS_NOTE_KINDS.map((k) => [k, k])) as Record<AwarenessNoteKind, AwarenessNoteKind>;
registerEnumType(AwarenessNoteKindEnum, {
  name: 'AwarenessNoteKind',
  description: 'PATTERN: where I default to being the workhorse; HABITUAL_YES: what I say yes to out of habit.',
});

export const GOAL_STATUSES = ['ACTIVE', 'ACHIEVED', 'ABANDONED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GoalStatusEnum = Object.fromEntries(GOAL_STATUSES.map((s) => [s, s])) as Record<GoalStatus, GoalStatus>;
registerEnumType(GoalStatusEnum, { name: 'GoalStatus' });

@ObjectType({ description: 'Step 1: a pattern noticed, without judgment.' })
export class AwarenessNote {
  @Field(() => ID)
  id: string;

  @Field(() => AwarenessNoteKindEnum)
  kind: AwarenessNoteKind;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'Step 2: the decision to change, and the day it was made.' })
export class Decision {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  commitment: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  decidedOn: string;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType()
export class Milestone {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueOn: string;
}

@ObjectType({ description: 'Step 3: ONE bold outcome for the next 12 months.' })
export class Goal {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  statement: string;

  @Field(() => String)
  whyItMatters: string;

  @Field(() => String)
  successMeasure: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  targetDate: string;

  @Field(() => [Milestone])
  milestones: Milestone[];

  @Field(() => GoalStatusEnum)
  status: GoalStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}

@ObjectType({ description: 'Step 4: the leader I am becoming, in my own words.' })
export class FutureSelfStatement {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  statement: string;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'Step 5: when the client reports back each week.' })
export class Accountability {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  checkInDay: number;

  @Field(() => String)
  timeZone: string;

  @Field(() => Date, { nullable: true, description: 'When the client set it up; null until then.' })
  setAt: Date | null;
}

@ObjectType({ description: 'Where a client is in the five steps.' })
export class MethodProgress {
  @Field(() => MethodStepEnum, { description: 'The first step not done yet (ACCOUNTABILITY once all are).' })
  currentStep: MethodStep;

  @Field(() => Int)
  stepsDone: number;

  @Field(() => Boolean)
  complete: boolean;
}

@ObjectType({ description: "A client's records of all five steps." })
export class ClientMethod {
  @Field(() => ID)
  clientId: string;

  @Field(() => MethodProgress)
  progress: MethodProgress;

  @Field(() => [AwarenessNote], { description: 'Oldest first.' })
  awarenessNotes: AwarenessNote[];

  @Field(() => Decision, { nullable: true })
  decision: Decision | null;

  @Field(() => Goal, { nullable: true, description: 'The active goal.' })
  goal: Goal | null;

  @Field(() => [Goal], { description: 'Goals achieved or abandoned, newest first.' })
  pastGoals: Goal[];

  @Field(() => FutureSelfStatement, { nullable: true })
  futureSelf: FutureSelfStatement | null;

  @Field(() => Accountability)
  accountability: Accountability;
}

@InputType()
export class AddAwarenessNoteInput {
  @Field(() => AwarenessNoteKindEnum)
  @IsIn(AWARENESS_NOTE_KINDS)
  kind: AwarenessNoteKind;

  @Field(() => String)
  @VisibleText(2000)
  body: string;
}

@InputType()
export class UpdateAwarenessNoteInput extends AddAwarenessNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  id: string;
}

@InputType()
export class MakeDecisionInput {
  @Field(() => String)
  @VisibleText(2000)
  commitment: string;

  @Field(() => String, { description: 'YYYY-MM-DD, today or earlier.' })
  @IsIsoDate()
  decidedOn: string;
}

@InputType()
export class MilestoneInput {
  @Field(() => String)
  @VisibleText(300)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD, on the way to the target date.' })
  @IsIsoDate()
  dueOn: string;
}

@InputType()
export class SetGoalInput {
  @Field(() => String)
  @VisibleText(500)
  statement: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  whyItMatters: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  successMeasure: string;

  @Field(() => String, { description: 'YYYY-MM-DD: not in the past, at most 12 months after the goal was set.' })
  @IsIsoDate()
  targetDate: string;

  @Field(() => [MilestoneInput], { defaultValue: [] })
  @ArrayMaxSize(12, { message: 'must hold at most 12 milestones' })
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[];
}

@InputType({ description: 'New wording for the active goal; its twelve months still count from the day it was set.' })
export class UpdateGoalInput extends SetGoalInput {}

@InputType()
export class SetFutureSelfInput {
  @Field(() => String)
  @VisibleText(4000)
  statement: string;
}

@InputType()
export class SetUpAccountabilityInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  @IsInt({ message: 'must be a weekday from 1 (Monday) to 7 (Sunday)' })
  @Min(1, { message: 'must be a weekday from 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'must be a weekday from 1 (Monday) to 7 (Sunday)' })
  checkInDay: number;

  @Field(() => String)
  @IsString()
  @MaxLength(64)
  timeZone: string;
}

/** The arguments of closeGoal: a goal ends achieved or abandoned. */
export const GOAL_ENDINGS = ['ACHIEVED', 'ABANDONED'] as const;

