import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { methodProgress, MethodRecords } from '../shared/method-rules';
import { GOAL_JSON, goalOf, GoalRow, PROGRESS_COLUMNS } from '../method/method-rows';
import { addWeeks, checkInDate, weekStartAt } from '../weeks/week-rules';
import { firstOwedWeek, liveStreak, weekStatus } from './check-in-rules';
import { CoachReply, MyCoaching } from './check-in.models';
import { CheckInService } from './check-ins.service';
import { CoachingClock } from './coaching-clock';

interface HomeRow extends MethodRecords {
  id: string;
  name: string;
  coach_name: string | null;
  check_in_day: number;
  time_zone: string;
  accountability_set_at: Date | null;
  streak_weeks: number;
  longest_streak_weeks: number;
  last_check_in_week: string | null;
  active_goal: GoalRow | null;
  latest_reply: (Omit<CoachReply, 'repliedAt'> & { repliedAt: string }) | null;
}

/** The client portal's home: who coaches me, where I am in the method, my goal, this week, my streak, the latest reply. */
@Injectable()
export class PortalHomeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly checkIns: CheckInService,
    private readonly clock: CoachingClock,
  ) {}

  async myCoaching(): Promise<MyCoaching> {
    // The signed-in client's own row (ClientAccess.ownClientId's rule) with everything around it, in one statement.
    const [row]: HomeRow[] = await this.db.manager.query(
      `select c.id, c.name, coach.name as coach_name, c.check_in_day, c.time_zone, c.accountability_set_at, c.streak_weeks,
              c.longest_streak_weeks, c.last_check_in_week::text, ${PROGRESS_COLUMNS},
              (select ${GOAL_JSON('g')} from goal g where g.tenant_id = c.tenant_id and g.client_id = c.id and g.status = 'ACTIVE') as active_goal,
              (select json_build_object('checkInId', r.id, 'weekStart', r.week_start::text, 'reply', r.coach_reply, 'repliedAt', r.replied_at,
                                        'coachName', replier.name)
                 from check_in r left join app_user replier on replier.id = r.replied_by
                where r.tenant_id = c.tenant_id and r.client_id = c.id and r.coach_reply is not null
                order by r.replied_at desc limit 1) as latest_reply
         from client c left join app_user coach on coach.id = c.coach_user_id
        where c.tenant_id = $1 and c.user_id = $2`,
      [this.context.practiceId, this.context.userId],
    );
    if (!row) throw new DomainError('NOT_FOUND', 'You have no client profile in this practice');

    const now = this.clock.now();
    const weekStart = weekStartAt(now, row.time_zone);
    const lastWeek = addWeeks(weekStart, -1);
    const recent = await this.checkIns.since(row.id, lastWeek);
    const checkIn = recent.find((c) => c.weekStart === weekStart) ?? null;
    const firstWeek = firstOwedWeek(row.accountability_set_at, row.check_in_day, row.time_zone);
    const missedLastWeek = firstWeek !== null && firstWeek <= lastWeek && !recent.some((c) => c.weekStart === lastWeek);
    return {
      clientId: row.id,
      name: row.name,
      coachName: row.coach_name,
      checkInDay: row.check_in_day,
      timeZone: row.time_zone,
      accountabilitySetUp: row.accountability,
      methodProgress: methodProgress(row),
      goal: row.active_goal && goalOf(row.active_goal),
      thisWeek: {
        weekStart,
        checkInDate: checkInDate(weekStart, row.check_in_day),
        status: weekStatus(weekStart, row.check_in_day, row.time_zone, now, checkIn !== null),
        checkIn,
        missedWeekStart: missedLastWeek ? lastWeek : null,
      },
      streakWeeks: liveStreak(row.streak_weeks, row.last_check_in_week, weekStart),
      longestStreakWeeks: row.longest_streak_weeks,
      latestReply: row.latest_reply && { ...row.latest_reply, repliedAt: new Date(row.latest_reply.repliedAt) },
    };
  }
}
