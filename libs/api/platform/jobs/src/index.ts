export { JobHandler } from './job-handler';
export type { JobHandlerOf, JobHandlerOptions, JobInfo, JobPayload } from './job-handler';
export { Jobs } from './jobs';
export type { EnqueueOptions } from './jobs';
export { JobsModule } from './jobs.module';
export { JobQueuePool } from './job-queue-pool';
