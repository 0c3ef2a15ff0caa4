import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Logger as WorkerLogger, run, Runner } from 'graphile-worker';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DATABASE_CONNECTION, DatabaseConnection } from '@ascend/platform/database';
import { JobQueuePool } from './job-queue-pool';
import { JobRegistry } from './job-registry';
import { JobRunner } from './job-runner';

/** How long shutdown waits for running jobs before failing them back to the queue (they are retried). */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The graphile-worker runner of this process, when `config.jobs.runWorker` is on. Several processes may run one
 * against the same database: jobs are taken with SKIP LOCKED, and schedules are claimed once across all of them.
 * It connects as the owner, whose tables the queue's are; the jobs themselves use the application role.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private running?: { runner: Runner; pool: JobQueuePool };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly registry: JobRegistry,
    private readonly jobs: JobRunner,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.jobs.runWorker) return;
    const { concurrency, pollIntervalMs } = this.config.jobs;
    // Its own small pool: one connection per running job's bookkeeping, one to LISTEN, one spare.
    const pool = new JobQueuePool({ connectionString: this.connection.ownerUrl, max: concurrency + 2, connectionTimeoutMillis: 10_000 });
    pool.on('error', (error) => this.logger.error(`Job queue connection failed: ${error.message}`));
    pool.on('connect', (client) => client.on('error', (error) => this.logger.error(`Job queue connection failed: ${error.message}`)));
    const taskList = this.jobs.taskList();
    try {
      const runner = await run({
        pgPool: pool,
        concurrency,
        pollInterval: pollIntervalMs,
        // Nest owns the process's signals and calls beforeApplicationShutdown.
        noHandleSignals: true,
        taskList,
        parsedCronItems: this.registry.cronItems(),
        logger: workerLogger(this.logger),
        // Batched (even with no delay), completions and failures are retried and their errors handled; unbatched,
        // graphile-worker 0.17 does not await them and a lost connection becomes an unhandled rejection.
        preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      });
      this.running = { runner, pool };
    } catch (error) {
      await pool.end();
      throw error;
    }
    this.running.runner.promise.catch((error: unknown) => this.logger.error(`Job worker stopped: ${(error as Error)?.message ?? error}`));
    this.logger.log(`Job worker running ${concurrency} at a time (tasks: ${Object.keys(taskList).join(', ') || 'none'})`);
  }

  /** Stops taking jobs and waits for the running ones, at most SHUTDOWN_GRACE_MS, before the database pool closes. */
  async beforeApplicationShutdown() {
    if (!this.running) return;
    const { runner, pool } = this.running;
    this.running = undefined;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), SHUTDOWN_GRACE_MS)));
    try {
      // stop() rejects when the runner already stopped on its own (its error was logged then).
      const stopped = runner
        .stop()
        .catch(() => undefined)
        .then(() => false as const);
      if (await Promise.race([stopped, timedOut])) {
        this.logger.warn(`Jobs still running after ${SHUTDOWN_GRACE_MS} ms: failing them back to the queue`);
        await runner.kill();
      }
    } finally {
      clearTimeout(timer);
      await pool.end();
    }
  }
}

/**
 * graphile-worker's log lines into Nest's logger. Its metadata is dropped (it holds whole jobs, payloads
 * included), as are its lines about failed jobs, which JobRunner logs without the payload. Its per-job
 * chatter is debug.
 */
function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message, meta) => {
    if (meta?.failure) return;
    const severity = String(level);
    if (severity === 'error') logger.error(message);
    else if (severity === 'warning') logger.warn(message);
    else logger.debug(message);
  });
}
