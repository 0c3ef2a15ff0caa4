import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { buildPractice, startTestApp, TestApp, withClient } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

/**
 * Row level security on people's own rows, checked straight on the application role's connection: whatever a
 * query forgets, the database shows a person their own account, sessions and mailed links, and the accounts of
 * the people in the practice they are in, and nothing else.
 */
describe('people’s own rows', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  /** Runs `work` as the application role in a transaction scoped as the API scopes one. */
  const asApp = <T>(scope: { userId?: string; practiceId?: string }, work: (c: Client) => Promise<T>) =>
    withClient(t.db.appUrl, async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.user_id', $1, true), set_config('app.tenant_id', $2, true)`, [scope.userId ?? '', scope.practiceId ?? '']);
      try {
        return await work(c);
      } finally {
        await c.query('rollback');
      }
    });
  const ids = async (c: Client, sql: string) => (await c.query<{ id: string }>(sql)).rows.map((r) => r.id).sort();

  async function twoPractices() {
    const mine = await buildPractice(t, { coaches: 1 });
    const theirs = await buildPractice(t);
    const token = (userId: string) =>
      t.db.query(`insert into email_token (user_id, purpose, token_hash, expires_at) values ($1, 'RESET_PASSWORD', $2, now() + interval '1 hour')`, [
        userId,
        randomBytes(16).toString('hex'),
      ]);
    await token(mine.owner.userId);
    await token(theirs.owner.userId);
    return { mine, theirs, coach: mine.coaches[0] };
  }

  it('shows nobody’s rows to a request that has not said who it is', async () => {
    const { mine } = await twoPractices();
    await asApp({}, async (c) => {
      for (const table of ['app_user', 'refresh_token', 'email_token']) expect((await c.query(`select 1 from ${table}`)).rows).toEqual([]);
      await expect(
        c.query(`insert into app_user (email, name, password_hash) values ($1, 'Intruder', 'x')`, [`x-${mine.owner.email}`]),
      ).rejects.toThrow(/row-level security/);
    });
  });

  it('shows a person their own account, sessions and links, and nobody else’s', async () => {
    const { mine, coach } = await twoPractices();
    await asApp({ userId: mine.owner.userId }, async (c) => {
      expect(await ids(c, 'select id from app_user')).toEqual([mine.owner.userId]);
      expect((await c.query('select distinct user_id from refresh_token')).rows).toEqual([{ user_id: mine.owner.userId }]);
      expect((await c.query('select distinct user_id from email_token')).rows).toEqual([{ user_id: mine.owner.userId }]);
      // Not even a co-member's sessions, and no writing another person's rows.
      expect((await c.query('update refresh_token set revoked_at = now() where user_id = $1', [coach.userId])).rowCount).toBe(0);
      expect((await c.query(`update app_user set name = 'Renamed' where id = $1`, [coach.userId])).rowCount).toBe(0);
    });
  });

  it('shows the accounts of the people in the practice one is in, and only theirs', async () => {
    const { mine, theirs, coach } = await twoPractices();
    await asApp({ userId: mine.owner.userId, practiceId: mine.practiceId }, async (c) => {
      expect(await ids(c, 'select id from app_user')).toEqual([mine.owner.userId, coach.userId].sort());
      expect((await c.query('select 1 from app_user where id = $1', [theirs.owner.userId])).rows).toEqual([]);
      expect((await c.query('select distinct user_id from refresh_token')).rows).toEqual([{ user_id: mine.owner.userId }]);
    });
  });

  it('finds a row by address or token hash only through the lookups, one row each', async () => {
    const { mine, theirs } = await twoPractices();
    const [{ token_hash }] = await t.db.query<{ token_hash: string }>('select token_hash from refresh_token where user_id = $1 limit 1', [theirs.owner.userId]);
    await asApp({}, async (c) => {
      expect((await c.query('select id from app_account_by_email($1)', [mine.owner.email])).rows).toEqual([{ id: mine.owner.userId }]);
      expect((await c.query('select user_id from app_refresh_token_by_hash($1)', [token_hash])).rows).toEqual([{ user_id: theirs.owner.userId }]);
      expect((await c.query('select user_id from app_email_token_by_hash($1)', ['no-such-hash'])).rows).toEqual([]);
    });
  });
});
