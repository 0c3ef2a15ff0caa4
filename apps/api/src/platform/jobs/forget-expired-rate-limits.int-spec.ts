import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { ProbeModule, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { Jobs } from '@ascend/platform/jobs';

describe('platform.forget-expired-rate-limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => api?.close());

  it('forgets counters whose window and block ended more than a day ago, and keeps the others', async () => {
    const prefix = randomUUID();
    // name, window end and block end, from now
    const counters: [string, string, string | null][] = [
      ['old', '-2 days', null],
      ['old-block-over', '-3 days', '-2 days'],
      ['old-block-recent', '-3 days', '-1 hour'],
      ['old-block-on', '-3 days', '1 hour'],
      ['window-recent', '-1 hour', null],
      ['window-open', '10 minutes', null],
    ];
    for (const [name, windowEnds, blockedUntil] of counters) {
      await api.db.query(`insert into rate_limit (key, hits, window_ends_at, blocked_until) values ($1, 3, now() + $2::interval, now() + $3::interval)`, [
        `${prefix}:${name}`,
        windowEnds,
        blockedUntil,
      ]);
    }

    // As its daily schedule does: a job of that task, run by the worker.
    await api.app.get(TenantDatabase).run({}, () => api.app.get(Jobs).enqueue('platform.forget-expired-rate-limits', {}));
    await waitForJobs(api.db);
    // Done, not failed and waiting for a retry (which would show its error here).
    expect(await api.db.query(`select last_error from graphile_worker.jobs where task_identifier = 'platform.forget-expired-rate-limits'`)).toEqual([]);

    const left = await api.db.query<{ key: string }>(`select key from rate_limit where key like $1 order by key`, [`${prefix}:%`]);
    expect(left.map((row) => row.key.slice(prefix.length + 1))).toEqual(['old-block-on', 'old-block-recent', 'window-open', 'window-recent']);
  });
});
