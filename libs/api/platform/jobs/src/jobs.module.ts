import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ForgetExpiredRateLimits } from './forget-expired-rate-limits';
import { JobRegistry } from './job-registry';
import { JobRunner } from './job-runner';
import { JobWorker } from './job-worker';
import { Jobs } from './jobs';

/**
 * Background jobs on graphile-worker: `Jobs` everywhere to enqueue, and in processes with `JOBS_WORKER` on, a
 * worker that runs every `@JobHandler` provider of the application. Needs the database and tenancy modules.
 */
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [JobRegistry, JobRunner, JobWorker, Jobs, ForgetExpiredRateLimits],
      exports: [Jobs],
    };
  }
}
