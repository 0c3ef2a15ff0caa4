import type { TestDatabase } from './test-database';

interface WaitingJob {
  task: string;
  attempts: number;
  last_error: string | null;
}

/**
 * Resolves once no job in the test database is due or running: everything enqueued so far has been run (or
 * failed and waits for its retry). Rejects after `timeoutMs` naming the jobs still there.
 */
export async function waitForJobs(db: TestDatabase, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = await db.query<WaitingJob>(
      `select task_identifier as task, attempts, last_error from graphile_worker.jobs
       where locked_at is not null or (run_at <= now() and attempts < max_attempts)
       order by id`,
    );
    if (waiting.length === 0) return;
    if (Date.now() > deadline) {
      const list = waiting.map((job) => `${job.task} (attempts ${job.attempts}${job.last_error ? `, last error: ${job.last_error}` : ''})`);
      throw new Error(`Jobs still waiting after ${timeoutMs} ms: ${list.join('; ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
