import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application role's one door into the job queue. graphile-worker's schema (installed by `migrate` before
 * these migrations) stays the owner's: the API may add a job, but not read, change or delete any job, payloads
 * included. SECURITY DEFINER runs the insert as the owner, so the search path is pinned and every call qualified.
 */
export class JobQueue1764000000000 implements MigrationInterface {
  name = 'JobQueue1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create function public.ascend_enqueue_job(
        task text,
        payload json,
        run_at timestamptz,
        max_attempts integer,
        job_key text,
        job_key_mode text
      ) returns void
      language plpgsql volatile
      security definer
      set search_path = pg_catalog, pg_temp
      as $$
      begin
        perform graphile_worker.add_job(
          identifier => task,
          payload => payload,
          run_at => run_at,
          max_attempts => max_attempts,
          job_key => job_key,
          job_key_mode => coalesce(job_key_mode, 'replace')
        );
      end
      $$`);
    // Functions are executable by PUBLIC by default; only the application role gets it (grantApplicationRole).
    await queryRunner.query('revoke execute on function public.ascend_enqueue_job(text, json, timestamptz, integer, text, text) from public');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop function public.ascend_enqueue_job(text, json, timestamptz, integer, text, text)');
  }
}
