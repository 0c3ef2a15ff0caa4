import { methodProgress } from '../shared/method-rules';
import type { AwarenessNote, ClientMethod, Decision, FutureSelfStatement, Goal, GoalStatus, Milestone } from './method.models';

/** Columns of an awareness note, named as the model. */
export const NOTE_COLUMNS = `id, kind, body, created_at as "createdAt", updated_at as "updatedAt"`;

/** Columns of a goal, named as the model (dates as 'YYYY-MM-DD'). */
export const GOAL_COLUMNS = `id, statement, why_it_matters as "whyItMatters", success_measure as "successMeasure", target_date::text as "targetDate",
  milestones, status, created_at as "createdAt", closed_at as "closedAt"`;

export interface GoalRow extends Omit<Goal, 'createdAt' | 'closedAt' | 'status' | 'milestones'> {
  status: GoalStatus;
  milestones: Milestone[];
  createdAt: Date | string;
  closedAt: Date | string | null;
}

type NoteRow = Omit<AwarenessNote, 'createdAt' | 'updatedAt'> & { createdAt: Date | string; updatedAt: Date | string };

// Rows built with json_build_object carry timestamps as text.
const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

export const noteOf = (row: NoteRow): AwarenessNote => ({ ...row, createdAt: date(row.createdAt), updatedAt: date(row.updatedAt) });

export const goalOf = (row: GoalRow): Goal => ({ ...row, createdAt: date(row.createdAt), closedAt: row.closedAt === null ? null : date(row.closedAt) });

/** A goal as JSON inside a bigger row. */
export const GOAL_JSON = (alias: string) => `json_build_object('id', ${alias}.id, 'statement', ${alias}.statement, 'whyItMatters', ${alias}.why_it_matters,
  'successMeasure', ${alias}.success_measure, 'targetDate', ${alias}.target_date::text, 'milestones', ${alias}.milestones, 'status', ${alias}.status,
  'createdAt', ${alias}.created_at, 'closedAt', ${alias}.closed_at)`;

/** Whether each step is done, as booleans named as `MethodRecords`, for the client `c` (one row, no list read). */
export const PROGRESS_COLUMNS = `
  exists (select 1 from awareness_note n where n.tenant_id = c.tenant_id and n.client_id = c.id) as awareness,
  exists (select 1 from decision d where d.tenant_id = c.tenant_id and d.client_id = c.id) as decision,
  exists (select 1 from goal g where g.tenant_id = c.tenant_id and g.client_id = c.id and g.status in ('ACTIVE', 'ACHIEVED')) as goal,
  exists (select 1 from future_self_statement f where f.tenant_id = c.tenant_id and f.client_id = c.id) as "futureSelf",
  c.accountability_set_at is not null as accountability`;

/** All five steps' records of one client ($2) in one statement. */
export const METHOD_SQL = `
  select c.id as "clientId", c.check_in_day as "checkInDay", c.time_zone as "timeZone", c.accountability_set_at as "setAt",
    (select coalesce(json_agg(json_build_object('id', n.id, 'kind', n.kind, 'body', n.body, 'createdAt', n.created_at, 'updatedAt', n.updated_at)
                     order by n.created_at, n.id), '[]')
       from awareness_note n where n.tenant_id = c.tenant_id and n.client_id = c.id) as notes,
    (select json_build_object('id', d.id, 'commitment', d.commitment, 'decidedOn', d.decided_on::text, 'updatedAt', d.updated_at)
       from decision d where d.tenant_id = c.tenant_id and d.client_id = c.id) as decision,
    (select coalesce(json_agg(${GOAL_JSON('g')} order by g.created_at desc), '[]')
       from goal g where g.tenant_id = c.tenant_id and g.client_id = c.id) as goals,
    (select json_build_object('id', f.id, 'statement', f.statement, 'updatedAt', f.updated_at)
       from future_self_statement f where f.tenant_id = c.tenant_id and f.client_id = c.id) as "futureSelf"
  from client c where c.tenant_id = $1 and c.id = $2`;

export interface MethodRow {
  clientId: string;
  checkInDay: number;
  timeZone: string;
  setAt: Date | null;
  notes: NoteRow[];
  decision: (Omit<Decision, 'updatedAt'> & { updatedAt: string }) | null;
  goals: GoalRow[];
  futureSelf: (Omit<FutureSelfStatement, 'updatedAt'> & { updatedAt: string }) | null;
}

export function methodOf(row: MethodRow): ClientMethod {
  const goals = row.goals.map(goalOf);
  const awarenessNotes = row.notes.map(noteOf);
  return {
    clientId: row.clientId,
    progress: methodProgress({
      awareness: awarenessNotes.length > 0,
      decision: row.decision !== null,
      goal: goals.some((g) => g.status !== 'ABANDONED'),
      futureSelf: row.futureSelf !== null,
      accountability: row.setAt !== null,
    }),
    awarenessNotes,
    decision: row.decision && { ...row.decision, updatedAt: date(row.decision.updatedAt) },
    goal: goals.find((g) => g.status === 'ACTIVE') ?? null,
    pastGoals: goals.filter((g) => g.status !== 'ACTIVE'),
    futureSelf: row.futureSelf && { ...row.futureSelf, updatedAt: date(row.futureSelf.updatedAt) },
    accountability: { checkInDay: row.checkInDay, timeZone: row.timeZone, setAt: row.setAt },
  };
}
