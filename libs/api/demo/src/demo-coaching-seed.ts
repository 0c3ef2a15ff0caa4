import type { EntityManager } from 'typeorm';
import { addDays, addWeeks, checkInDate, instantAt, streakWeeks, wallClock, weekStartAt } from '@ascend/coaching';
import { DemoClient, demoCoachingClients } from './demo-coaching';

const dateIn = (days: number, now: Date) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Writes the demo clients' coaching records once: a practice that already has a goal is left alone, so a restart
 * (or a demo someone has been clicking through) is never overwritten. Runs in the caller's transaction, scoped to
 * the demo practice, after the demo people and their memberships exist.
 */
export async function seedDemoCoaching(manager: EntityManager, practiceId: string, now = new Date()): Promise<void> {
  const [{ seeded }]: { seeded: boolean }[] = await manager.query('select exists (select 1 from goal where tenant_id = $1) as seeded', [practiceId]);
  if (seeded) return;
  for (const client of demoCoachingClients) await seedClient(manager, practiceId, client, now);
}

async function seedClient(manager: EntityManager, practiceId: string, client: DemoClient, now: Date): Promise<void> {
  const currentWeek = weekStartAt(now, client.timeZone);
  const [coach]: { id: string }[] = await manager.query('select id from app_account_by_email($1)', [client.coachEmail]);
  const [{ id }]: { id: string }[] = await manager.query(
    `insert into client (tenant_id, name, email, status, coach_user_id, tags, started_on, check_in_day, time_zone, source, job_title,
                         wants_to_change, preferred_contact_time, consent_text, consent_at, accountability_set_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     on conflict (tenant_id, email) do update
       set status = excluded.status, coach_user_id = excluded.coach_user_id, tags = excluded.tags, started_on = excluded.started_on,
           check_in_day = excluded.check_in_day, time_zone = excluded.time_zone, job_title = excluded.job_title,
           accountability_set_at = excluded.accountability_set_at
     returning id`,
    [
      practiceId,
      client.name,
      client.email,
      client.status,
      coach?.id ?? null,
      client.tags,
      client.status === 'LEAD' ? null : addWeeks(currentWeek, -client.startedWeeksAgo),
      client.checkInDay,
      client.timeZone,
      client.application ? 'APPLICATION' : 'INVITATION',
      client.jobTitle,
      client.application?.wantsToChange ?? '',
      client.application?.preferredContactTime ?? '',
      client.application ? 'I agree that Ridgeline may contact me about coaching. My details are never shared or sold.' : null,
      client.application ? now : null,
      client.accountability ? now : null,
    ],
  );
  for (const note of client.awareness ?? []) {
    await manager.query(`insert into awareness_note (tenant_id, client_id, kind, body) values ($1, $2, $3, $4)`, [practiceId, id, note.kind, note.body]);
  }
  if (client.decision) {
    await manager.query(`insert into decision (tenant_id, client_id, commitment, decided_on) values ($1, $2, $3, $4)`, [
      practiceId,
      id,
      client.decision,
      addWeeks(currentWeek, -client.startedWeeksAgo + 2),
    ]);
  }
  if (client.goal) {
    const { goal } = client;
    await manager.query(
      `insert into goal (tenant_id, client_id, statement, why_it_matters, success_measure, target_date, milestones) values ($1, $2, $3, $4, $5, $6, $7)`,
      [practiceId, id, goal.statement, goal.whyItMatters, goal.successMeasure, dateIn(goal.targetInDays, now), JSON.stringify(goal.milestones.map((m) => ({ title: m.title, dueOn: dateIn(m.inDays, now), done: m.inDays < 0 })))],
    );
  }
  if (client.futureSelf) {
    await manager.query(`insert into future_self_statement (tenant_id, client_id, statement) values ($1, $2, $3)`, [practiceId, id, client.futureSelf]);
  }
  await seedCheckIns(manager, practiceId, id, client, coach?.id ?? null, currentWeek, now);
  for (const item of client.actionItems ?? []) {
    await manager.query(
      `insert into action_item (tenant_id, client_id, title, owner, due_on, status, created_by, completed_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [practiceId, id, item.title, item.owner, dateIn(item.inDays, now), item.done ? 'DONE' : 'OPEN', coach?.id ?? null, item.done ? now : null],
    );
  }
  for (const note of client.sessionNotes ?? []) {
    await manager.query(`insert into session_note (tenant_id, client_id, author_user_id, held_on, body) values ($1, $2, $3, $4, $5)`, [
      practiceId,
      id,
      coach?.id ?? null,
      dateIn(-note.daysAgo, now),
      note.body,
    ]);
  }
  for (const entry of client.impact ?? []) {
    await manager.query(
      `insert into impact_entry (tenant_id, client_id, what_i_did, outcome, outcome_kind, beneficiary, significance, occurred_on) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [practiceId, id, entry.whatIDid, entry.outcome, entry.kind, entry.beneficiary, entry.significance, dateIn(-entry.daysAgo, now)],
    );
  }
}

async function seedCheckIns(
  manager: EntityManager,
  practiceId: string,
  clientId: string,
  client: DemoClient,
  coachId: string | null,
  currentWeek: string,
  now: Date,
): Promise<void> {
  const weeks: string[] = [];
  // Week 0 is the latest week whose check-in day has come, so its check-in is never in the future.
  const dayHasCome = checkInDate(currentWeek, client.checkInDay) <= wallClock(now, client.timeZone).date;
  const latest = dayHasCome ? currentWeek : addWeeks(currentWeek, -1);
  for (const c of client.checkIns ?? []) {
    const weekStart = addWeeks(latest, -c.weeksAgo);
    weeks.push(weekStart);
    // Submitted on the evening of the check-in day, replied the next morning: neither later than now.
    const checkInDay = checkInDate(weekStart, client.checkInDay);
    const submitted = new Date(Math.min(instantAt(checkInDay, 18, client.timeZone).getTime(), now.getTime() - 600_000));
    const replied = new Date(Math.max(submitted.getTime(), Math.min(instantAt(addDays(checkInDay, 1), 10, client.timeZone).getTime(), now.getTime())));
    await manager.query(
      `insert into check_in (tenant_id, client_id, week_start, progress, energy, wins, defaulted_to_doing, declined_or_delegated, strategic_work,
                             impact_made_legible, next_commitments, submitted_at, updated_at, acknowledged_at, acknowledged_by, coach_reply, replied_at, replied_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $13, $14)`,
      [
        practiceId,
        clientId,
        weekStart,
        c.progress,
        c.energy,
        c.wins,
        c.defaultedToDoing,
        c.declinedOrDelegated,
        c.strategicWork,
        c.impactMadeLegible,
        c.nextCommitments,
        submitted,
        c.reply ? replied : null,
        c.reply ? coachId : null,
        c.reply ?? null,
      ],
    );
  }
  if (!weeks.length) return;
  const last = weeks.reduce((a, b) => (a > b ? a : b));
  const streak = streakWeeks(weeks, addWeeks(last, 1));
  await manager.query(
    `update client set streak_weeks = $3, longest_streak_weeks = $3, last_check_in_week = $4 where tenant_id = $1 and id = $2`,
    [practiceId, clientId, streak, last],
  );
}
