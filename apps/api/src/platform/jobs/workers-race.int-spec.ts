import { INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@ascend/platform/config';
import { DatabaseModule } from '@ascend/platform/database';
import { TenancyModule, TenantDatabase } from '@ascend/platform/tenancy';
import { ProbeModule, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { JobHandler, JobHandlerOf, JobInfo, Jobs, JobsModule } from '@ascend/platform/jobs';

/** Each application has its own instance, so each instance's list is what that worker ran. */
@Injectable()
@JobHandler('probe.race')
class RaceJob implements JobHandlerOf {
  readonly ran: string[] = [];

  constructor(private readonly db: TenantDatabase) {}

  async handle(_payload: unknown, job: JobInfo) {
    // A round trip, as real jobs make, so that both workers are busy at once.
    await this.db.manager.query('select 1');
    this.ran.push(job.id);
  }
}

@Module({ providers: [RaceJob] })
class RaceModule {}

@Module({})
class WorkerOnlyModule {}

describe('two workers on one database', () => {
  let api: TestApp;
  let second: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApp({ imports: [RaceModule, ProbeModule] });
    // A worker-only process beside the API (npm run worker): its own pools and runner, the same database.
    second = await NestFactory.createApplicationContext(
      {
        module: WorkerOnlyModule,
        imports: [
          ConfigModule.forRoot(api.config),
          DatabaseModule.forRoot({ appUrl: api.db.appUrl, ownerUrl: api.db.ownerUrl, poolSize: 5 }),
          TenancyModule,
          JobsModule.forRoot(),
          RaceModule,
        ],
      },
      { logger: false },
    );
    await second.init();
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
  });

  it('run each of 200 jobs exactly once between them', async () => {
    await api.app.get(TenantDatabase).run({}, async () => {
      for (let n = 0; n < 200; n++) await api.app.get(Jobs).enqueue('probe.race', { n });
    });
    await waitForJobs(api.db, 30_000);

    const [first, other] = [api.app.get(RaceJob).ran, second.get(RaceJob).ran];
    const all = [...first, ...other];
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    // Both took part: the test raced two workers, not one.
    expect(first.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
  });
});
