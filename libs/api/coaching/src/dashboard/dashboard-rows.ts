import type { ClientStatus } from '../shared/coaching.enums';
import { methodProgress } from '../shared/method-rules';
import { IsoDate, wallClock, weekStartAt } from '../weeks/week-rules';
import { clientFlags, currentStreak, DashboardSort, sortRows, sparkline, sparklineWeeks, urgency, weeksMissed } from './dashboard-rules';
import type { ClientDetail, DashboardClient } from './dashboard.models';

// Pure: the service and the bench's bare baseline (tools/bench) turn the same rows into the same answer with these.

/** One client with everything the dashboard derives its row from, read in a single statement for all clients. */
export interface ClientFactsRow {
  id: string;
  name: string;
  email: string;
  status: ClientStatus;
  time_zone: string;
  streak_weeks: number;
  last_check_in_week: string | null;
  accountability_set_at: Date | null;
  goal_statement: string | null;
  goal_target_date: string | null;
  goal_done: boolean;
  awareness: boolean;
  decision: boolean;
  future_self: boolean;
  last_id: string | null;
  last_week: string | null;
  last_submitted_at: Date | null;
  last_acknowledged: boolean | null;
  last_late: boolean | null;
  oldest_unacknowledged_at: Date | null;
  /** [weekStart, progress, energy] of the check-ins in the window, oldest first. */
  weeks: [string, number, number][];
}

/**
 * Every reachable client with their goal, method step, latest check-in, unacknowledged check-ins and the check-ins
 * of the window: one statement whatever the number of clients. Small per-client lookups go through the indexes
 * (check_in_recent, the one-per-client keys); goals are read once for the practice and joined by hash.
 * $1 practice, $2 statuses, $3 one client or null, $4 weeks of check-ins to read (null: all), $5 now, $6/$7 the caller.
 */
export function clientFactsSql(access: string): string {
  const ofClient = (alias: string) => `${alias}.tenant_id = c.tenant_id and ${alias}.client_id = c.id`;
  return `
    select c.id, c.name, c.email, c.status, c.time_zone, c.streak_weeks, c.last_check_in_week::text, c.accountability_set_at,
           g.statement as goal_statement, g.target_date::text as goal_target_date, g.client_id is not null as goal_done,
           exists (select 1 from awareness_note n where ${ofClient('n')}) as awareness,
           exists (select 1 from decision d where ${ofClient('d')}) as decision,
           exists (select 1 from future_self_statement f where ${ofClient('f')}) as future_self,
           last.id as last_id, last.week_start::text as last_week, last.submitted_at as last_submitted_at,
           last.acknowledged_at is not null as last_acknowledged, last.late as last_late,
           unacknowledged.oldest as oldest_unacknowledged_at,
           coalesce(recent.weeks, '[]') as weeks
      from client c
      left join (
        select distinct on (client_id) client_id, statement, target_date
          from goal
         where tenant_id = $1 and status in ('ACTIVE', 'ACHIEVED')
         order by client_id, status = 'ACTIVE' desc, created_at desc
      ) g on g.client_id = c.id
      left join lateral (
        select ci.id, ci.week_start, ci.submitted_at, ci.acknowledged_at, ci.late
          from check_in ci where ${ofClient('ci')} order by ci.week_start desc limit 1
      ) last on true
      left join lateral (
        select min(ci.submitted_at) as oldest from check_in ci where ${ofClient('ci')} and ci.acknowledged_at is null
      ) unacknowledged on true
      left join lateral (
        select json_agg(json_build_array(ci.week_start, ci.progress, ci.energy) order by ci.week_start) as weeks
          from check_in ci
         where ${ofClient('ci')}
           and ($4::int is null or ci.week_start >= date_trunc('week', $5::timestamptz at time zone c.time_zone)::date - 7 * $4::int)
      ) recent on true
     where c.tenant_id = $1 and c.status = any($2::text[]) and ($3::uuid is null or c.id = $3::uuid) and ${access}`;
}


/**
 * The week, date and sparkline weeks at `now` on each zone's clock, worked out once per zone: clients share a few
 * zones, and reading a zone's wall clock is the costliest step of a row.
 */
class ZoneClock {
  private readonly zones = new Map<string, { currentWeek: IsoDate; today: IsoDate; weeks: IsoDate[] }>();

  constructor(readonly now: Date) {}

  in(timeZone: string) {
    let found = this.zones.get(timeZone);
    if (!found) {
      const today = wallClock(this.now, timeZone).date;
      const currentWeek = weekStartAt(this.now, timeZone);
      found = { currentWeek, today, weeks: sparklineWeeks(currentWeek) };
      this.zones.set(timeZone, found);
    }
    return found;
  }
}

/** The dashboard's rows in the order asked for; `now` places every client's weeks on their own clock. */
export function dashboardClients(rows: readonly ClientFactsRow[], now: Date, sort: DashboardSort): DashboardClient[] {
  const clock = new ZoneClock(now);
  return sortRows(rows.map((row) => toDashboardClient(row, clock)), sort).map(({ latestProgress: _progress, lastCheckInAt: _at, ...client }) => client);
}

export function clientDetailOf(row: ClientFactsRow, now: Date): ClientDetail {
  const dashboard = toDashboardClient(row, new ZoneClock(now));
  return {
    clientId: row.id,
    name: row.name,
    email: row.email,
    status: row.status,
    timeZone: row.time_zone,
    goal: dashboard.goal,
    methodStep: dashboard.methodStep,
    stepsDone: dashboard.stepsDone,
    streakWeeks: dashboard.streakWeeks,
    flags: dashboard.flags,
    progressSeries: row.weeks.map(([weekStart, progress, energy]) => ({ weekStart, progress, energy })),
  };
}

function toDashboardClient(row: ClientFactsRow, clock: ZoneClock): DashboardClient & { latestProgress: number | null; lastCheckInAt: Date | null } {
  const { currentWeek, today, weeks } = clock.in(row.time_zone);
  const checkIns = row.weeks.map(([weekStart, progress, energy]) => ({ weekStart, progress, energy }));
  const recentWeeks = sparkline(checkIns, weeks);
  const facts = {
    currentWeek,
    today,
    now: clock.now,
    lastCheckInWeek: row.last_week,
    // Missed weeks count from accountability only while there is no check-in: read the zone's clock only then.
    accountabilityWeek: row.accountability_set_at && !row.last_week ? weekStartAt(row.accountability_set_at, row.time_zone) : null,
    oldestUnacknowledgedAt: row.oldest_unacknowledged_at,
    goalTargetDate: row.goal_target_date,
    weeks: recentWeeks,
  };
  const missed = weeksMissed(facts);
  const flags = clientFlags(facts, missed);
  const step = methodProgress({
    awareness: row.awareness,
    decision: row.decision,
    goal: row.goal_done,
    futureSelf: row.future_self,
    accountability: row.accountability_set_at !== null,
  });
  return {
    clientId: row.id,
    name: row.name,
    status: row.status,
    goal: row.goal_statement && row.goal_target_date ? { statement: row.goal_statement, targetDate: row.goal_target_date } : null,
    methodStep: step.currentStep,
    stepsDone: step.stepsDone,
    recentWeeks,
    lastCheckIn:
      row.last_id && row.last_week && row.last_submitted_at
        ? { id: row.last_id, weekStart: row.last_week, submittedAt: row.last_submitted_at, acknowledged: Boolean(row.last_acknowledged), late: Boolean(row.last_late) }
        : null,
    streakWeeks: currentStreak(row.streak_weeks, row.last_check_in_week, currentWeek),
    flags,
    urgency: urgency(flags, missed),
    latestProgress: checkIns.length ? checkIns[checkIns.length - 1].progress : null,
    lastCheckInAt: row.last_submitted_at,
  };
}
