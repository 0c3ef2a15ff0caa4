import { Injectable } from '@nestjs/common';
import { Jobs, JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { AlertKind, alertsDue, AlertSubject } from './alert-rules';
import { CheckInMail } from './check-in-mail';
import { CoachingClock } from './coaching-clock';

export const CHECK_IN_ALERTS = 'coaching.check-in-alerts';
export const CLIENT_CHECK_IN_ALERTS = 'coaching.client-check-in-alerts';

export type ClientAlertsJob = { practiceId: string; clientId: string; weekStart: string };

interface Candidate {
  practice_id: string;
  client_id: string;
  status: string;
  time_zone: string;
  check_in_day: number;
  accountability_set_at: Date | null;
  last_check_in_week: string | null;
  sent: string[];
}

const subjectOf = (row: Omit<Candidate, 'practice_id' | 'client_id' | 'sent'>): AlertSubject => ({
  status: row.status,
  timeZone: row.time_zone,
  checkInDay: row.check_in_day,
  accountabilitySetAt: row.accountability_set_at,
  lastCheckInWeek: row.last_check_in_week,
});

/**
 * Every quarter hour, across practices: finds the clients owed a reminder, nudge or escalation not yet sent for
 * their current week (the only cross-practice read, through a SECURITY DEFINER function that returns ids and
 * what the rules need) and enqueues one job per client and week, which does the work under that practice.
 */
@Injectable()
@JobHandler(CHECK_IN_ALERTS, { schedule: '*/15 * * * *' })
export class CheckInAlertScan implements JobHandlerOf {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly clock: CoachingClock,
  ) {}

  async handle(): Promise<void> {
    const now = this.clock.now();
    const candidates: Candidate[] = await this.db.manager.query('select * from app_check_in_alert_candidates($1)', [now]);
    for (const candidate of candidates) {
      const due = alertsDue(subjectOf(candidate), now);
      if (!due.kinds.some((kind) => !candidate.sent.includes(kind))) continue;
      const payload: ClientAlertsJob = { practiceId: candidate.practice_id, clientId: candidate.client_id, weekStart: due.weekStart };
      await this.jobs.enqueue(CLIENT_CHECK_IN_ALERTS, payload, { jobKey: `${candidate.client_id}:${due.weekStart}` });
    }
  }
}

/**
 * One client's alerts for one week. Re-reads the client, asks the rules again (a check-in may have arrived), and
 * records each alert in the check_in_alert ledger before mailing it: the ledger's unique key lets one insert win
 * however many workers run this at once, and only the winner mails.
 */
@Injectable()
@JobHandler(CLIENT_CHECK_IN_ALERTS, { maxAttempts: 5 })
export class ClientCheckInAlerts implements JobHandlerOf<ClientAlertsJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mail: CheckInMail,
    private readonly clock: CoachingClock,
  ) {}

  async handle({ practiceId, clientId, weekStart }: ClientAlertsJob): Promise<void> {
    const [client]: (Omit<Candidate, 'practice_id' | 'client_id' | 'sent'> & { name: string; email: string; coach_email: string | null })[] =
      await this.db.manager.query(
        `select c.name, c.email, c.status, c.time_zone, c.check_in_day, c.accountability_set_at, c.last_check_in_week::text, coach.email as coach_email
           from client c left join app_user coach on coach.id = c.coach_user_id
          where c.tenant_id = $1 and c.id = $2 and c.user_id is not null`,
        [practiceId, clientId],
      );
    if (!client) return;
    const now = this.clock.now();
    const due = alertsDue(subjectOf(client), now);
    // A job that waited past its week leaves the new week to the next scan.
    if (due.weekStart !== weekStart || !due.kinds.length) return;
    const coachEmail = client.coach_email;
    // With no coach assigned there is nobody to escalate to; the dashboard still shows the missed weeks.
    const kinds = coachEmail ? due.kinds : due.kinds.filter((kind) => kind !== 'ESCALATION');
    const inserted: { kind: AlertKind }[] = await this.db.manager.query(
      `insert into check_in_alert (tenant_id, client_id, week_start, kind)
       select $1, $2, $3, kind from unnest($4::text[]) as kind
       on conflict (tenant_id, client_id, week_start, kind) do nothing
       returning kind`,
      [practiceId, clientId, weekStart, kinds],
    );
    for (const { kind } of inserted) {
      this.db.afterCommit(async () => {
        if (kind === 'REMINDER') await this.mail.reminder(client.email, client.name);
        else if (kind === 'NUDGE') await this.mail.nudge(client.email, client.name);
        else if (coachEmail) await this.mail.escalation(coachEmail, { clientId, clientName: client.name, missedWeeks: due.missedWeeks });
      });
    }
  }
}
