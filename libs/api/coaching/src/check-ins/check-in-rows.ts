import type { CheckIn } from './check-in.models';
import { weekHasClosed } from './check-in-rules';

/** A check-in `ci` as the model, with its client's zone (join client `c`) and who replied (left join app_user `u`). */
export const CHECK_IN_COLUMNS = `ci.id, ci.client_id as "clientId", ci.week_start::text as "weekStart", ci.progress, ci.energy, ci.wins,
  ci.defaulted_to_doing as "defaultedToDoing", ci.declined_or_delegated as "declinedOrDelegated", ci.strategic_work as "strategicWork",
  ci.impact_made_legible as "impactMadeLegible", ci.next_commitments as "nextCommitments", ci.late, ci.submitted_at as "submittedAt",
  ci.updated_at as "updatedAt", ci.acknowledged_at as "acknowledgedAt", ci.coach_reply as "coachReply", ci.replied_at as "repliedAt",
  u.name as "repliedByName"`;

export type CheckInRow = Omit<CheckIn, 'editable'>;

/** Editable until its week closes on the client's clock. */
export function checkInOf(row: CheckInRow, timeZone: string, now: Date): CheckIn {
  return { ...row, editable: !weekHasClosed(row.weekStart, now, timeZone) };
}

/** One page of a client's check-ins ($2), newest week first, older than $3 (a week, or null), at most $4 rows. */
export const CHECK_IN_PAGE_SQL = `
  select ${CHECK_IN_COLUMNS}, c.time_zone as "timeZone"
    from check_in ci
    join client c on c.tenant_id = ci.tenant_id and c.id = ci.client_id
    left join app_user u on u.id = ci.replied_by
   where ci.tenant_id = $1 and ci.client_id = $2 and ($3::date is null or ci.week_start < $3::date)
   order by ci.week_start desc
   limit $4`;
