import { createTestDatabase, TestDatabase, withClient } from '@ascend/platform/testing';

const ENQUEUE = 'ascend_enqueue_job(text, json, timestamptz, integer, text, text)';

describe('the application role and the job queue', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('may neither read nor change the queue’s tables, nor call graphile-worker directly', async () => {
    await withClient(db.appUrl, async (app) => {
      for (const sql of [
        'select * from graphile_worker.jobs',
        'select payload from graphile_worker._private_jobs',
        'delete from graphile_worker._private_jobs',
        `select graphile_worker.add_job('probe.record')`,
      ]) {
        await expect(app.query(sql)).rejects.toThrow(/permission denied for schema graphile_worker/);
      }
    });
  });

  it('adds jobs through ascend_enqueue_job, which nobody else may call', async () => {
    await withClient(db.appUrl, async (app) => {
      await app.query(`select ascend_enqueue_job('probe.record', '{"marker":"rights"}', null, 3, 'rights', null)`);
    });
    expect(await db.query(`select task_identifier, max_attempts, key from graphile_worker.jobs`)).toEqual([
      { task_identifier: 'probe.record', max_attempts: 3, key: 'rights' },
    ]);
    const [fn] = await db.query(
      `select has_function_privilege('public', $1, 'execute') as public_may, p.prosecdef as definer, p.proconfig as settings
         from pg_proc p where p.oid = $1::regprocedure`,
      [ENQUEUE],
    );
    expect(fn).toEqual({ public_may: false, definer: true, settings: ['search_path=pg_catalog, pg_temp'] });
  });
});
