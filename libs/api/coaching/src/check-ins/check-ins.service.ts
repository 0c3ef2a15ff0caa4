import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { ClientAccess, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { isIsoDate } from '../method/goal-rules';
import { isLate, weekStartAt } from '../weeks/week-rules';
import { CHECK_IN_COLUMNS, CHECK_IN_PAGE_SQL, checkInOf, CheckInRow } from './check-in-rows';
import { checkInProblems, streakAfter } from './check-in-rules';
import { CheckIn, CheckInPage, SubmitCheckInInput } from './check-in.models';
import { CHECK_IN_SUBMITTED, CHECK_IN_REPLIED, CheckInMailJob } from './check-in-mail.jobs';
import { CoachingClock } from './coaching-clock';

const PAGE_LIMIT = 52;
const REPLY_LIMIT = 4000;

/**
 * Weekly check-ins: the client submits and edits their own until the week closes; those who coach the client
 * acknowledge and reply. A submission is a handful of statements: the client row locked with its weeks, one
 * upsert that also moves the streak, and the coach's mail enqueued in the same transaction.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
    private readonly jobs: Jobs,
    private readonly clock: CoachingClock,
  ) {}

  async submit(input: SubmitCheckInInput): Promise<CheckIn> {
    const practiceId = this.context.practiceId;
    // The signed-in client's own row (ClientAccess.ownClientId's rule), locked: two submissions at once count the streak once.
    const [client]: { id: string; time_zone: string; check_in_day: number; longest_streak_weeks: number; weeks: string[] }[] =
      await this.db.manager.query(
        `select c.id, c.time_zone, c.check_in_day, c.longest_streak_weeks,
                array(select ci.week_start::text from check_in ci where ci.tenant_id = c.tenant_id and ci.client_id = c.id) as weeks
           from client c where c.tenant_id = $1 and c.user_id = $2 for update of c`,
        [practiceId, this.context.userId],
      );
    if (!client) throw new DomainError('NOT_FOUND', 'You have no client profile in this practice');
    const now = this.clock.now();
    const weekStart = input.weekStart ?? weekStartAt(now, client.time_zone);
    const existing = client.weeks.includes(weekStart);
    const problems = checkInProblems({ weekStart, progress: input.progress, energy: input.energy }, { now, timeZone: client.time_zone, existing });
    if (problems.length) throw new InvalidInputError(problems);

    const streak = existing ? null : streakAfter(client.weeks, weekStart, client.longest_streak_weeks);
    const [saved]: (CheckInRow & { inserted: boolean })[] = await this.db.manager.query(
      `with ci as (
         insert into check_in (tenant_id, client_id, week_start, progress, energy, wins, defaulted_to_doing, declined_or_delegated,
                               strategic_work, impact_made_legible, next_commitments, late)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (tenant_id, client_id, week_start) do update
           set progress = excluded.progress, energy = excluded.energy, wins = excluded.wins, defaulted_to_doing = excluded.defaulted_to_doing,
               declined_or_delegated = excluded.declined_or_delegated, strategic_work = excluded.strategic_work,
               impact_made_legible = excluded.impact_made_legible, next_commitments = excluded.next_commitments, updated_at = now()
         returning *, xmax = 0 as inserted
       ), streak as (
         update client set streak_weeks = $13, longest_streak_weeks = $14, last_check_in_week = greatest(last_check_in_week, $3::date), updated_at = now()
          where tenant_id = $1 and id = $2 and $13::int is not null
       )
       select ${CHECK_IN_COLUMNS}, ci.inserted from ci left join app_user u on u.id = ci.replied_by`,
      [
        practiceId,
        client.id,
        weekStart,
        input.progress,
        input.energy,
        input.wins,
        input.defaultedToDoing,
        input.declinedOrDelegated,
        input.strategicWork,
        input.impactMadeLegible,
        input.nextCommitments,
        isLate(weekStart, client.check_in_day, client.time_zone, now),
        streak?.streakWeeks ?? null,
        streak?.longestStreakWeeks ?? null,
      ],
    );
    // Only a new check-in tells the coach (one job per check-in); edits change what the coach reads, not their inbox.
    if (saved.inserted) {
      await this.jobs.enqueue(CHECK_IN_SUBMITTED, { practiceId, checkInId: saved.id } satisfies CheckInMailJob, { jobKey: saved.id });
    }
    const { inserted: _inserted, ...row } = saved;
    return checkInOf(row, client.time_zone, now);
  }

  async mine(first: number, after: string | null): Promise<CheckInPage> {
    return this.page(await this.access.ownClientId(), first, after);
  }

  async ofClient(clientId: string, first: number, after: string | null): Promise<CheckInPage> {
    await this.access.require(clientId, 'read');
    return this.page(clientId, first, after);
  }

  /** Check-ins of weeks from `since` on (the portal home's this week and last week). */
  async since(clientId: string, since: string): Promise<CheckIn[]> {
    return (await this.rows(clientId, null, 2)).filter((c) => c.weekStart >= since);
  }

  acknowledge(id: string): Promise<CheckIn> {
    return this.asCoach(id, `acknowledged_at = coalesce(ci.acknowledged_at, now()), acknowledged_by = coalesce(ci.acknowledged_by, $3::uuid)`, []);
  }

  async reply(id: string, reply: string): Promise<CheckIn> {
    const text = reply.trim();
    if (!text || text.length > REPLY_LIMIT) {
      throw new InvalidInputError([{ field: 'reply', message: text ? `must be at most ${REPLY_LIMIT} characters` : 'must not be blank' }]);
    }
    // A reply acknowledges the check-in too.
    const checkIn = await this.asCoach(
      id,
      `coach_reply = $5, replied_at = now(), replied_by = $3::uuid,
       acknowledged_at = coalesce(ci.acknowledged_at, now()), acknowledged_by = coalesce(ci.acknowledged_by, $3::uuid)`,
      [text],
    );
    // A second reply before the mail went out sends one mail, with the newest reply.
    const practiceId = this.context.practiceId;
    await this.jobs.enqueue(CHECK_IN_REPLIED, { practiceId, checkInId: id } satisfies CheckInMailJob, { jobKey: id });
    return checkIn;
  }

  /** Changes a check-in of a client the caller coaches, the access rule in the same statement; NOT_FOUND otherwise. */
  private async asCoach(id: string, set: string, parameters: unknown[]): Promise<CheckIn> {
    const access = this.access.condition('c', 3, 'coach');
    const [row]: (CheckInRow & { timeZone: string })[] = await this.db.manager.query(
      `with ci as (
         update check_in ci set ${set}
           from client c
          where ci.tenant_id = $1 and ci.id = $2 and c.tenant_id = ci.tenant_id and c.id = ci.client_id and ${access.sql}
          returning ci.*, c.time_zone
       )
       select ${CHECK_IN_COLUMNS}, ci.time_zone as "timeZone" from ci left join app_user u on u.id = ci.replied_by`,
      [this.context.practiceId, id, ...access.parameters, ...parameters],
    );
    if (!row) throw new DomainError('NOT_FOUND', 'No check-in of a client you coach has this id', [{ field: 'id', message: 'is not a check-in you can reach' }]);
    const { timeZone, ...checkIn } = row;
    return checkInOf(checkIn, timeZone, this.clock.now());
  }

  private async page(clientId: string, first: number, after: string | null): Promise<CheckInPage> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_LIMIT) throw new InvalidInputError([{ field: 'first', message: `must be from 1 to ${PAGE_LIMIT}` }]);
    if (after !== null && !isIsoDate(after)) throw new InvalidInputError([{ field: 'after', message: 'must be an endCursor from an earlier page' }]);
    const rows = await this.rows(clientId, after, first + 1);
    const nodes = rows.slice(0, first);
    return { nodes, hasNextPage: rows.length > first, endCursor: nodes.length ? nodes[nodes.length - 1].weekStart : null };
  }

  private async rows(clientId: string, after: string | null, limit: number): Promise<CheckIn[]> {
    const rows: (CheckInRow & { timeZone: string })[] = await this.db.manager.query(CHECK_IN_PAGE_SQL, [this.context.practiceId, clientId, after, limit]);
    const now = this.clock.now();
    return rows.map(({ timeZone, ...row }) => checkInOf(row, timeZone, now));
  }
}
