import { Injectable, Logger } from '@nestjs/common';
import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import { ClsService } from 'nestjs-cls';
import { TenantDatabase } from '@ascend/platform/tenancy';
import type { JobInfo, JobPayload } from './job-handler';
import { JobRegistry, RegisteredJobHandler } from './job-registry';

/**
 * Turns the registered handlers into graphile-worker tasks. Each job gets a fresh request context and its own
 * transaction scoped to the practice in its payload, exactly like a request; a failure is logged and rethrown so
 * that graphile-worker retries it with backoff.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly registry: JobRegistry,
    private readonly db: TenantDatabase,
    private readonly cls: ClsService,
  ) {}

  taskList(): TaskList {
    return Object.fromEntries([...this.registry.all().values()].map((entry) => [entry.task, this.task(entry)]));
  }

  private task({ task, handler }: RegisteredJobHandler): Task {
    return async (payload: unknown, helpers: JobHelpers) => {
      const job: JobInfo = { id: helpers.job.id, attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts };
      try {
        const checked = checkPayload(payload);
        await this.cls.run(() => this.db.run({ practiceId: checked.practiceId }, () => handler.handle(checked, job)));
      } catch (error) {
        // Never the payload: it may hold people's addresses.
        const last = job.attempts >= job.maxAttempts;
        const line = `Job ${task} ${job.id} failed (attempt ${job.attempts} of ${job.maxAttempts}${last ? ', giving up' : ', will retry'}): ${(error as Error)?.message ?? error}`;
        if (last) this.logger.error(line);
        else this.logger.warn(line);
        throw error;
      }
    };
  }
}

function checkPayload(payload: unknown): JobPayload {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('Job payload must be a JSON object');
  const { practiceId } = payload as JobPayload;
  if (practiceId !== undefined && typeof practiceId !== 'string') throw new Error('Job payload practiceId must be a string');
  return payload as JobPayload;
}
