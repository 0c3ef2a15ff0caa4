import { Injectable, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { ProbeModule, startTestApp, TestApp, TestDatabase, waitForJobs } from '@ascend/platform/testing';
import { JobHandler, JobHandlerOf, JobInfo, JobPayload, Jobs } from '@ascend/platform/jobs';

type Marked = JobPayload & { marker: string };

/** Every run of the probe handlers, by the marker in its payload (each test uses its own). */
const runs = new Map<string, { payload: Marked; job: JobInfo }[]>();
const record = (payload: Marked, job: JobInfo) => runs.set(payload.marker, [...(runs.get(payload.marker) ?? []), { payload, job }]);
const runsOf = (marker: string) => runs.get(marker) ?? [];

@Injectable()
@JobHandler('probe.record')
class RecordJob implements JobHandlerOf<Marked> {
  async handle(payload: Marked, job: JobInfo) {
    record(payload, job);
  }
}

@Injectable()
@JobHandler('probe.flaky', { maxAttempts: 3 })
class FlakyJob implements JobHandlerOf<Marked> {
  async handle(payload: Marked, job: JobInfo) {
    record(payload, job);
    if (job.attempts === 1) throw new Error('the first attempt fails');
  }
}

/** What a job sees of the database: its tenant setting, the memberships row level security shows, and a write. */
const seen = new Map<string, { tenant: string; memberships: string[] }>();

@Injectable()
@JobHandler('probe.tenant')
class TenantJob implements JobHandlerOf<Marked> {
  constructor(private readonly db: TenantDatabase) {}

  async handle({ marker, practiceId }: Marked) {
    const [{ tenant }] = await this.db.manager.query(`select current_setting('app.tenant_id') as tenant`);
    const memberships: { tenant_id: string }[] = await this.db.manager.query('select tenant_id from membership');
    await this.db.manager.query(`insert into audit_event (tenant_id, action, detail) values ($1, 'PROBE', $2)`, [practiceId, JSON.stringify({ marker })]);
    seen.set(marker, { tenant, memberships: memberships.map((m) => m.tenant_id) });
  }
}

@Injectable()
@JobHandler('probe.nightly', { schedule: '0 4 * * *' })
class NightlyJob implements JobHandlerOf {
  async handle() {}
}

@Module({ imports: [ProbeModule], providers: [RecordJob, FlakyJob, TenantJob, NightlyJob] })
class JobsProbeModule {}

/** Polls until `check` gives a value (the worker acts in its own time), or fails after five seconds. */
async function eventually<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function practiceWithMember(db: TestDatabase): Promise<string> {
  const name = randomUUID().slice(0, 8);
  const [practice] = await db.query<{ id: string }>(`insert into practice (slug, name, time_zone) values ($1, 'Probe', 'UTC') returning id`, [`probe-${name}`]);
  const [user] = await db.query<{ id: string }>(`insert into app_user (email, name, password_hash) values ($1, 'Probe', 'x') returning id`, [`${name}@example.com`]);
  await db.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'OWNER')`, [practice.id, user.id]);
  return practice.id;
}

describe('jobs', () => {
  let api: TestApp;
  let jobs: Jobs;
  let db: TenantDatabase;
  const inAnHour = () => new Date(Date.now() + 3_600_000);
  const queued = (marker: string) =>
    api.db.query<{ key: string | null; payload: Marked }>(`select key, payload from graphile_worker._private_jobs where payload->>'marker' = $1 order by id`, [marker]);

  beforeAll(async () => {
    // The test app's platform mounts JobsModule.forRoot(), with a worker polling every 100 ms.
    api = await startTestApp({ imports: [JobsProbeModule] });
    jobs = api.app.get(Jobs);
    db = api.app.get(TenantDatabase);
  });
  afterAll(() => api?.close());

  it('enqueues in the caller’s transaction: a rollback leaves no job, a commit keeps it', async () => {
    const [rolledBack, committed] = [randomUUID(), randomUUID()];
    // Due in an hour, so that a committed job is still there to be seen rather than already run.
    await expect(
      db.run({}, async () => {
        await jobs.enqueue('probe.record', { marker: rolledBack }, { runAt: inAnHour() });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await db.run({}, () => jobs.enqueue('probe.record', { marker: committed }, { runAt: inAnHour() }));

    expect(await queued(rolledBack)).toEqual([]);
    expect(await queued(committed)).toEqual([{ key: null, payload: { marker: committed } }]);
  });

  it('refuses a task nobody handles, and enqueueing outside a transaction', async () => {
    await expect(db.run({}, () => jobs.enqueue('probe.nobody', {}))).rejects.toThrow(
      `No job handler for task "probe.nobody": decorate an @Injectable() provider with @JobHandler('probe.nobody')`,
    );
    await expect(jobs.enqueue('probe.record', { marker: randomUUID() })).rejects.toThrow(/outside a transaction/);
  });

  it('runs a committed job once, with its payload', async () => {
    const marker = randomUUID();
    await db.run({}, () => jobs.enqueue('probe.record', { marker, detail: { n: 1 } }));
    await waitForJobs(api.db);

    expect(runsOf(marker)).toEqual([{ payload: { marker, detail: { n: 1 } }, job: { id: expect.any(String), attempts: 1, maxAttempts: 25 } }]);
    expect(await queued(marker)).toEqual([]);
  });

  it('runs a job in its practice: row level security shows that practice’s rows and takes its writes', async () => {
    const [practiceId, otherPractice] = [await practiceWithMember(api.db), await practiceWithMember(api.db)];
    const marker = randomUUID();
    await db.run({ practiceId }, () => jobs.enqueue('probe.tenant', { practiceId, marker }));
    await waitForJobs(api.db);

    expect(seen.get(marker)).toEqual({ tenant: practiceId, memberships: [practiceId] });
    expect(seen.get(marker)?.memberships).not.toContain(otherPractice);
    const written = await api.db.query(`select tenant_id from audit_event where action = 'PROBE' and detail->>'marker' = $1`, [marker]);
    expect(written).toEqual([{ tenant_id: practiceId }]);
  });

  it('retries a failed job later (exponential backoff), and the retry succeeds', async () => {
    const marker = randomUUID();
    await db.run({}, () => jobs.enqueue('probe.flaky', { marker }, { jobKey: marker }));
    const failed = await eventually(async () => {
      const [job] = await api.db.query<{ attempts: number; last_error: string; later: boolean }>(
        `select attempts, last_error, run_at > now() as later from graphile_worker.jobs where key = $1 and last_error is not null and locked_at is null`,
        [`probe.flaky:${marker}`],
      );
      return job;
    }, 'the first attempt to fail');
    expect(failed).toEqual({ attempts: 1, last_error: 'the first attempt fails', later: true });

    // Skip the backoff's wait rather than sit through it.
    await api.db.query(`update graphile_worker._private_jobs set run_at = now() where key = $1`, [`probe.flaky:${marker}`]);
    await waitForJobs(api.db);

    expect(runsOf(marker).map((run) => run.job)).toEqual([
      { id: expect.any(String), attempts: 1, maxAttempts: 3 },
      { id: runsOf(marker)[0].job.id, attempts: 2, maxAttempts: 3 },
    ]);
    expect(await queued(marker)).toEqual([]);
  });

  it('keeps one job per key (per task and practice), taking the latest payload', async () => {
    const marker = randomUUID();
    const practiceId = randomUUID();
    for (const n of [1, 2]) {
      await db.run({}, () => jobs.enqueue('probe.record', { marker, n }, { jobKey: 'reminder-1', runAt: inAnHour() }));
    }
    await db.run({}, () => jobs.enqueue('probe.record', { marker, practiceId, n: 3 }, { jobKey: 'reminder-1', runAt: inAnHour() }));

    expect(await queued(marker)).toEqual([
      { key: 'probe.record:reminder-1', payload: { marker, n: 2 } },
      { key: `probe.record:${practiceId}:reminder-1`, payload: { marker, practiceId, n: 3 } },
    ]);
  });

  it('registers handlers with a schedule as graphile-worker cron items', async () => {
    const scheduled = ['platform.forget-expired-rate-limits', 'probe.nightly'];
    // graphile-worker records the schedules it runs, under their identifier (the task name), once it has started.
    const known = await eventually(async () => {
      const rows = await api.db.query<{ identifier: string }>('select identifier from graphile_worker._private_known_crontabs');
      const identifiers = rows.map((row) => row.identifier);
      return scheduled.every((task) => identifiers.includes(task)) ? identifiers : undefined;
    }, 'the schedules to be recorded');
    expect(known).toEqual(expect.arrayContaining(scheduled));
    expect(known).not.toContain('probe.record');
  });
});
