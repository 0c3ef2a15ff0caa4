import { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTION = 'app_check_in_alert_candidates(timestamptz)';

/**
 * Check-in reminders, nudges and escalations are found across practices, every quarter hour, by a job that has
 * no practice of its own. Row level security shows such a job nothing, so it reads through one SECURITY DEFINER
 * function, which returns only the ids and scheduling fields the alert rules need: active clients with their
 * accountability set up and no check-in in their current week, with the alerts already sent for that week.
 * The per-client work then runs under each client's practice as usual.
 */
export class CheckInReminders1764700000000 implements MigrationInterface {
  name = 'CheckInReminders1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The function reads as the owner, whom forced row level security binds too: these let it read, nothing more.
    for (const table of ['client', 'check_in_alert']) {
      await queryRunner.query(`create policy ${table}_owner_reads on ${table} for select to current_user using (true)`);
    }
    // A zone PostgreSQL does not know would fail the whole scan: such rows are left out before any week is computed.
    await queryRunner.query(`
      create function public.app_check_in_alert_candidates(scan_at timestamptz)
      returns table (practice_id uuid, client_id uuid, status text, time_zone text, check_in_day smallint,
                     accountability_set_at timestamptz, last_check_in_week text, sent text[])
      language sql stable
      security definer
      set search_path = pg_catalog, pg_temp
      as $$
        with set_up as materialized (
          select c.tenant_id, c.id, c.status, c.time_zone, c.check_in_day, c.accountability_set_at, c.last_check_in_week
            from public.client c
           where c.status = 'ACTIVE' and c.accountability_set_at is not null and c.user_id is not null
             and c.time_zone in (select z.name from pg_catalog.pg_timezone_names z)
        )
        select c.tenant_id, c.id, c.status, c.time_zone, c.check_in_day, c.accountability_set_at, c.last_check_in_week::text,
               array(select a.kind from public.check_in_alert a
                      where a.tenant_id = c.tenant_id and a.client_id = c.id and a.week_start = w.week_start)
          from set_up c
          cross join lateral (select date_trunc('week', scan_at at time zone c.time_zone)::date as week_start) w
         where c.last_check_in_week is null or c.last_check_in_week < w.week_start
      $$`);
    await queryRunner.query(`revoke execute on function public.${FUNCTION} from public`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop function public.${FUNCTION}`);
    for (const table of ['client', 'check_in_alert']) await queryRunner.query(`drop policy ${table}_owner_reads on ${table}`);
  }
}
