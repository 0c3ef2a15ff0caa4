import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClientStatus, ClientStatusEnum, MethodStep, MethodStepEnum } from '../shared/coaching.enums';
import { CLIENT_FLAGS, ClientFlag, DASHBOARD_SORTS, DashboardSort } from './dashboard-rules';

const ClientFlagEnum = Object.fromEntries(CLIENT_FLAGS.map((f) => [f, f])) as Record<ClientFlag, ClientFlag>;
registerEnumType(ClientFlagEnum, {
  name: 'ClientFlag',
  description:
    'MISSED_TWO_WEEKS: two or more closed weeks without a check-in; PROGRESS_FALLING: progress fell three check-ins in a row; ' +
    'UNACKNOWLEDGED: a check-in waits more than three days for the coach; NEW_CHECK_IN: a check-in not acknowledged yet; ' +
    'GOAL_DUE_SOON: the goal target date is within 30 days (or past).',
});

export const DashboardSortEnum = Object.fromEntries(DASHBOARD_SORTS.map((s) => [s, s])) as Record<DashboardSort, DashboardSort>;
registerEnumType(DashboardSortEnum, {
  name: 'DashboardSort',
  description:
    'URGENCY: most urgent first; NAME: alphabetical; PROGRESS: lowest latest progress first; LAST_CHECK_IN: longest since a check-in first. ' +
    'Ties go by name; clients with nothing to compare come first.',
});

@ObjectType({ description: "A client's one bold goal as the coach sees it at a glance." })
export class GoalAtAGlance {
  @Field(() => String)
  statement: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  targetDate: string;
}

@ObjectType({ description: 'One accountability week; progress and energy are null when the week has no check-in.' })
export class WeekProgress {
  @Field(() => String, { description: "The week's Monday (ISO date) in the client's zone." })
  weekStart: string;

  @Field(() => Int, { nullable: true, description: '0-10' })
  progress: number | null;

  @Field(() => Int, { nullable: true, description: '1-5' })
  energy: number | null;
}

@ObjectType()
export class LastCheckIn {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The week's Monday (ISO date)." })
  weekStart: string;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Boolean)
  acknowledged: boolean;

  @Field(() => Boolean)
  late: boolean;
}

@ObjectType({ description: 'One client on the coach dashboard.' })
export class DashboardClient {
  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  name: string;

  @Field(() => ClientStatusEnum)
  status: ClientStatus;

  @Field(() => GoalAtAGlance, { nullable: true })
  goal: GoalAtAGlance | null;

  @Field(() => MethodStepEnum, { description: 'The first step of the method not done yet (ACCOUNTABILITY once all are done).' })
  methodStep: MethodStep;

  @Field(() => Int, { description: 'Steps of the five done.' })
  stepsDone: number;

  @Field(() => [WeekProgress], { description: 'The last 12 weeks, oldest first, ending with the current week.' })
  recentWeeks: WeekProgress[];

  @Field(() => LastCheckIn, { nullable: true })
  lastCheckIn: LastCheckIn | null;

  @Field(() => Int, { description: 'Consecutive weeks with a check-in, still running.' })
  streakWeeks: number;

  @Field(() => [ClientFlagEnum])
  flags: ClientFlag[];

  @Field(() => Int, { description: 'Higher is more urgent; computed from the flags.' })
  urgency: number;
}

@ObjectType({ description: "The client detail page's header and progress over time (check-ins, notes and action items have their own queries)." })
export class ClientDetail {
  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => ClientStatusEnum)
  status: ClientStatus;

  @Field(() => String)
  timeZone: string;

  @Field(() => GoalAtAGlance, { nullable: true })
  goal: GoalAtAGlance | null;

  @Field(() => MethodStepEnum)
  methodStep: MethodStep;

  @Field(() => Int)
  stepsDone: number;

  @Field(() => Int)
  streakWeeks: number;

  @Field(() => [ClientFlagEnum])
  flags: ClientFlag[];

  @Field(() => [WeekProgress], { description: 'Every check-in week, oldest first: the progress and energy series.' })
  progressSeries: WeekProgress[];
}
