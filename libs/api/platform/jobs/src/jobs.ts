import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';
import type { JobPayload } from './job-handler';
import { JobRegistry } from './job-registry';

export interface EnqueueOptions {
  /**
   * Makes the job unique: while a job with this key waits, enqueueing again updates it instead of adding another.
   * Keys are kept per task and per practice, so they never collide across either.
   */
  jobKey?: string;
  /** 'replace' (default) takes the new payload and time; 'preserve_run_at' keeps the time; 'unsafe_dedupe' changes nothing. */
  jobKeyMode?: 'replace' | 'preserve_run_at' | 'unsafe_dedupe';
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Overrides the handler's `maxAttempts`. */
  maxAttempts?: number;
}

/**
 * Enqueues jobs in the caller's transaction: the queue lives in the same database, so a rolled-back change
 * enqueues nothing and a committed one never loses its job. The application role may only call
 * ascend_enqueue_job, never touch the queue's tables.
 */
@Injectable()
export class Jobs {
  constructor(
    private readonly db: TenantDatabase,
    private readonly registry: JobRegistry,
  ) {}

  async enqueue(task: string, payload: JobPayload, options: EnqueueOptions = {}): Promise<void> {
    const { maxAttempts, keyPrefix } = this.describe(task, payload.practiceId);
    const key = options.jobKey === undefined ? null : `${keyPrefix}${options.jobKey}`;
    await this.db.manager.query('select ascend_enqueue_job($1, $2::json, $3, $4, $5, $6)', [
      task,
      JSON.stringify(payload),
      options.runAt ?? null,
      options.maxAttempts ?? maxAttempts,
      key,
      options.jobKeyMode ?? null,
    ]);
  }

  /**
   * What `select ascend_enqueue_job(task, payload, run_at, max_attempts, key, key_mode)` needs besides the payload,
   * for a statement that enqueues while it changes rows (its payload and key built in SQL): the handler's attempts
   * and the prefix every job key of this task and practice starts with.
   */
  describe(task: string, practiceId?: string): { maxAttempts: number | null; keyPrefix: string } {
    const { maxAttempts } = this.registry.get(task);
    return { maxAttempts: maxAttempts ?? null, keyPrefix: `${[task, practiceId].filter(Boolean).join(':')}:` };
  }
}
