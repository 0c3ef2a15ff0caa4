import { DiscoveryService } from '@nestjs/core';

/** What a job carries: plain JSON, and the practice it runs for (row level security is set from it). */
export type JobPayload = { practiceId?: string } & Record<string, unknown>;

/** The job being run; `attempts` counts this run (1 on the first). */
export interface JobInfo {
  id: string;
  attempts: number;
  maxAttempts: number;
}

/**
 * Runs one job, inside a transaction scoped to `payload.practiceId`: throw to fail it (it is retried with
 * exponential backoff). It may run more than once (a retry, a crash after the work), so it re-reads its records
 * and makes each effect idempotent.
 */
export interface JobHandlerOf<P = JobPayload> {
  handle(payload: P, job: JobInfo): Promise<void>;
}

export interface JobHandlerOptions {
  /** Runs before giving up (graphile-worker's default: 25, about four days of backoff). */
  maxAttempts?: number;
  /** A crontab line's time fields, e.g. '0 3 * * *' (UTC): the worker enqueues the job then, once across all workers. */
  schedule?: string;
}

export interface JobHandlerMetadata extends JobHandlerOptions {
  task: string;
}

// Namespaced by domain: 'identity.verification-mail', 'platform.forget-expired-rate-limits'.
const TASK_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/** Sets a handler's metadata and lets the registry find it among the application's providers. */
export const JOB_HANDLER = DiscoveryService.createDecorator<JobHandlerMetadata>();

/** Marks an `@Injectable()` provider implementing `JobHandlerOf` as the handler of `task`. */
export function JobHandler(task: string, options: JobHandlerOptions = {}): ClassDecorator {
  if (!TASK_NAME.test(task)) {
    throw new Error(`Job task name "${task}" must be namespaced by its domain, like "identity.verification-mail"`);
  }
  return JOB_HANDLER({ task, ...options });
}
