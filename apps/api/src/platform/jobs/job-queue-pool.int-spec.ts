import { PoolClient } from 'pg';
import { createTestDatabase, TestDatabase } from '@ascend/platform/testing';
import { JobQueuePool } from '@ascend/platform/jobs';

function connectWithCallback(pool: JobQueuePool) {
  return new Promise<{ client: PoolClient; release: (error?: unknown) => void }>((resolve, reject) =>
    pool.connect((error, client, release) => (error || !client ? reject(error) : resolve({ client, release }))),
  );
}

describe('the job queue’s pool', () => {
  let db: TestDatabase;
  let pool: JobQueuePool;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new JobQueuePool({ connectionString: db.ownerUrl, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('takes a second release of a LISTEN-style connection as done, so a stop during a lost connection cannot crash', async () => {
    const { client, release } = await connectWithCallback(pool);
    await client.query('select 1');
    release();
    expect(() => release(new Error('connection lost'))).not.toThrow();
    expect({ total: pool.totalCount, idle: pool.idleCount }).toEqual({ total: 1, idle: 1 });
  });

  it('still hands out and takes back connections as a pool does', async () => {
    const [a, b] = await Promise.all([pool.connect(), connectWithCallback(pool)]);
    expect(a).not.toBe(b.client);
    a.release();
    b.release();
    expect(pool.idleCount).toBe(2);
  });
});
