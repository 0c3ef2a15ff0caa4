import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { parseCronItems, ParsedCronItem } from 'graphile-worker';
import { JOB_HANDLER, JobHandlerMetadata, JobHandlerOf } from './job-handler';

export interface RegisteredJobHandler extends JobHandlerMetadata {
  handler: JobHandlerOf;
}

/** The `@JobHandler` providers of the application, found once every module is built (on first use). */
@Injectable()
export class JobRegistry {
  private handlers?: Map<string, RegisteredJobHandler>;

  constructor(private readonly discovery: DiscoveryService) {}

  /** The handler of `task`; a task nobody handles is a programming error, caught before anything is enqueued. */
  get(task: string): RegisteredJobHandler {
    const found = this.all().get(task);
    if (!found) throw new Error(`No job handler for task "${task}": decorate an @Injectable() provider with @JobHandler('${task}')`);
    return found;
  }

  all(): Map<string, RegisteredJobHandler> {
    this.handlers ??= this.discover();
    return this.handlers;
  }

  /** graphile-worker's schedule for the handlers with a `schedule`; the task name identifies it across restarts. */
  cronItems(): ParsedCronItem[] {
    const scheduled = [...this.all().values()].filter((entry) => entry.schedule);
    return parseCronItems(
      scheduled.map(({ task, schedule, maxAttempts }) => ({ task, identifier: task, match: schedule as string, options: { maxAttempts } })),
    );
  }

  private discover(): Map<string, RegisteredJobHandler> {
    const handlers = new Map<string, RegisteredJobHandler>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: JOB_HANDLER.KEY })) {
      const metadata = this.discovery.getMetadataByDecorator(JOB_HANDLER, wrapper) as JobHandlerMetadata;
      const handler = wrapper.instance as JobHandlerOf | undefined;
      if (!handler || typeof handler.handle !== 'function') {
        throw new Error(`Job handler ${wrapper.name} for "${metadata.task}" must be a singleton provider with a handle(payload, job) method`);
      }
      if (handlers.has(metadata.task)) throw new Error(`Two job handlers for task "${metadata.task}"`);
      handlers.set(metadata.task, { ...metadata, handler });
    }
    return handlers;
  }
}
