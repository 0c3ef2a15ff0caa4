import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { ClientAccess, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { isTimeZone, wallClock } from '../weeks/week-rules';
import { CoachingClock } from '../check-ins/coaching-clock';
import { decidedOnProblem, milestoneProblems, targetDateProblem } from './goal-rules';
import { GOAL_COLUMNS, goalOf, GoalRow, methodOf, MethodRow, METHOD_SQL, noteOf, NOTE_COLUMNS } from './method-rows';
import {
  Accountability,
  AddAwarenessNoteInput,
  AwarenessNote,
  ClientMethod,
  Decision,
  FutureSelfStatement,
  Goal,
  GoalStatus,
  MakeDecisionInput,
  SetGoalInput,
  SetUpAccountabilityInput,
  UpdateAwarenessNoteInput,
} from './method.models';

/**
 * The five steps, worked by the client on their own records and read by those who may see the client. Each step
 * can be revisited: notes are added, edited and removed; the decision, the future-self statement and the
 * accountability set-up are rewritten in place; the one active goal is edited or closed, then another set.
 */
@Injectable()
export class MethodService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
    private readonly clock: CoachingClock,
  ) {}

  async myMethod(): Promise<ClientMethod> {
    return this.method(await this.access.ownClientId());
  }

  async clientMethod(clientId: string): Promise<ClientMethod> {
    await this.access.require(clientId, 'read');
    return this.method(clientId);
  }

  private async method(clientId: string): Promise<ClientMethod> {
    const [row]: MethodRow[] = await this.db.manager.query(METHOD_SQL, [this.context.practiceId, clientId]);
    return methodOf(row);
  }

  async addAwarenessNote(input: AddAwarenessNoteInput): Promise<AwarenessNote> {
    const clientId = await this.access.ownClientId();
    const [row] = await this.db.manager.query(
      `insert into awareness_note (tenant_id, client_id, kind, body) values ($1, $2, $3, $4) returning ${NOTE_COLUMNS}`,
      [this.context.practiceId, clientId, input.kind, input.body],
    );
    return noteOf(row);
  }

  async updateAwarenessNote(input: UpdateAwarenessNoteInput): Promise<AwarenessNote> {
    const clientId = await this.access.ownClientId();
    const [rows] = await this.db.manager.query(
      `update awareness_note set kind = $4, body = $5, updated_at = now()
        where tenant_id = $1 and client_id = $2 and id = $3 returning ${NOTE_COLUMNS}`,
      [this.context.practiceId, clientId, input.id, input.kind, input.body],
    );
    if (!rows[0]) throw noteNotFound('input.id');
    return noteOf(rows[0]);
  }

  async removeAwarenessNote(id: string): Promise<void> {
    const clientId = await this.access.ownClientId();
    const [, removed] = await this.db.manager.query(`delete from awareness_note where tenant_id = $1 and client_id = $2 and id = $3`, [
      this.context.practiceId,
      clientId,
      id,
    ]);
    if (!removed) throw noteNotFound('id');
  }

  async makeDecision(input: MakeDecisionInput): Promise<Decision> {
    const client = await this.ownClient();
    const problem = decidedOnProblem(input.decidedOn, client.today);
    if (problem) throw new InvalidInputError([{ field: 'input.decidedOn', message: problem }]);
    const [row]: Decision[] = await this.db.manager.query(
      `insert into decision (tenant_id, client_id, commitment, decided_on) values ($1, $2, $3, $4)
       on conflict (tenant_id, client_id) do update set commitment = excluded.commitment, decided_on = excluded.decided_on, updated_at = now()
       returning id, commitment, decided_on::text as "decidedOn", updated_at as "updatedAt"`,
      [this.context.practiceId, client.id, input.commitment, input.decidedOn],
    );
    return row;
  }

  async setGoal(input: SetGoalInput): Promise<Goal> {
    const client = await this.ownClient();
    this.checkGoal(input, client.today, client.today);
    // The partial unique index keeps ONE active goal even when two of these race: the loser inserts nothing.
    const [row]: GoalRow[] = await this.db.manager.query(
      `insert into goal (tenant_id, client_id, statement, why_it_matters, success_measure, target_date, milestones)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb)
       on conflict (tenant_id, client_id) where status = 'ACTIVE' do nothing
       returning ${GOAL_COLUMNS}`,
      [this.context.practiceId, client.id, input.statement, input.whyItMatters, input.successMeasure, input.targetDate, milestonesJson(input)],
    );
    if (!row) {
      throw new DomainError('CONFLICT', 'You already have an active goal: edit it, or close it as achieved or abandoned before setting another', [
        { field: 'input.statement', message: 'would be a second active goal' },
      ]);
    }
    return goalOf(row);
  }

  async updateGoal(input: SetGoalInput): Promise<Goal> {
    const client = await this.ownClient();
    const [active]: { set_on: string }[] = await this.db.manager.query(
      `select (created_at at time zone $3)::date::text as set_on from goal
        where tenant_id = $1 and client_id = $2 and status = 'ACTIVE' for update`,
      [this.context.practiceId, client.id, client.timeZone],
    );
    if (!active) throw new DomainError('NOT_FOUND', 'You have no active goal to edit: set one first');
    this.checkGoal(input, client.today, active.set_on);
    const [rows]: [GoalRow[]] = await this.db.manager.query(
      `update goal set statement = $3, why_it_matters = $4, success_measure = $5, target_date = $6, milestones = $7::jsonb, updated_at = now()
        where tenant_id = $1 and client_id = $2 and status = 'ACTIVE' returning ${GOAL_COLUMNS}`,
      [this.context.practiceId, client.id, input.statement, input.whyItMatters, input.successMeasure, input.targetDate, milestonesJson(input)],
    );
    return goalOf(rows[0]);
  }

  async closeGoal(id: string, status: GoalStatus): Promise<Goal> {
    if (status === 'ACTIVE') throw new InvalidInputError([{ field: 'status', message: 'must be ACHIEVED or ABANDONED' }]);
    const clientId = await this.access.ownClientId();
    const [rows]: [GoalRow[]] = await this.db.manager.query(
      `update goal set status = $4, closed_at = now(), updated_at = now()
        where tenant_id = $1 and client_id = $2 and id = $3 and status = 'ACTIVE' returning ${GOAL_COLUMNS}`,
      [this.context.practiceId, clientId, id, status],
    );
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'No active goal of yours has this id', [{ field: 'id', message: 'is not your active goal' }]);
    return goalOf(rows[0]);
  }

  async setFutureSelf(statement: string): Promise<FutureSelfStatement> {
    const clientId = await this.access.ownClientId();
    const [row]: FutureSelfStatement[] = await this.db.manager.query(
      `insert into future_self_statement (tenant_id, client_id, statement) values ($1, $2, $3)
       on conflict (tenant_id, client_id) do update set statement = excluded.statement, updated_at = now()
       returning id, statement, updated_at as "updatedAt"`,
      [this.context.practiceId, clientId, statement],
    );
    return row;
  }

  async setUpAccountability(input: SetUpAccountabilityInput): Promise<Accountability> {
    if (!isTimeZone(input.timeZone)) throw new InvalidInputError([{ field: 'input.timeZone', message: 'must be a time zone such as Europe/London' }]);
    const clientId = await this.access.ownClientId();
    // The first set-up starts the weeks the client owes; changing day or zone later keeps that start.
    const [rows]: [Accountability[]] = await this.db.manager.query(
      `update client set check_in_day = $3, time_zone = $4, accountability_set_at = coalesce(accountability_set_at, $5), updated_at = now()
        where tenant_id = $1 and id = $2
        returning check_in_day as "checkInDay", time_zone as "timeZone", accountability_set_at as "setAt"`,
      [this.context.practiceId, clientId, input.checkInDay, input.timeZone, this.clock.now()],
    );
    return rows[0];
  }

  /** The signed-in client's row with the day it is on their clock, for the date rules. */
  private async ownClient(): Promise<{ id: string; timeZone: string; today: string }> {
    const id = await this.access.ownClientId();
    const [{ time_zone: timeZone }]: { time_zone: string }[] = await this.db.manager.query(`select time_zone from client where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      id,
    ]);
    return { id, timeZone, today: wallClock(this.clock.now(), timeZone).date };
  }

  private checkGoal(input: SetGoalInput, today: string, setOn: string) {
    const target = targetDateProblem(input.targetDate, today, setOn);
    const problems = [...(target ? [{ field: 'input.targetDate', message: target }] : []), ...milestoneProblems(input.milestones, setOn, input.targetDate)];
    if (problems.length) throw new InvalidInputError(problems);
  }
}

function milestonesJson(input: SetGoalInput): string {
  const sorted = [...input.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return JSON.stringify(sorted.map(({ title, dueOn }) => ({ title, dueOn })));
}

function noteNotFound(field: string): DomainError {
  return new DomainError('NOT_FOUND', 'No awareness note of yours has this id', [{ field, message: 'is not one of your awareness notes' }]);
}
