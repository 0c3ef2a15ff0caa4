import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { urlForDatabase, urlForRole } from '@ascend/platform/database';
import { testCluster } from './test-cluster';

export interface TestDatabase {
  name: string;
  /** The owner's connection: migrations' view, bypasses nothing but owns the tables. */
  ownerUrl: string;
  /** The application role's connection: what the API uses. */
  appUrl: string;
  /**
   * Runs SQL as the cluster's administrator, which row level security does not restrict, for arranging data
   * and checking what was written in any practice.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, copied from the run's template in a few milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const cluster = testCluster();
  const name = `ascend_test_${randomBytes(6).toString('hex')}`;
  const owner = decodeURIComponent(new URL(cluster.ownerUrl).username) || 'postgres';
  await withClient(cluster.adminUrl, (admin) =>
    admin.query(
      `create database ${admin.escapeIdentifier(name)} template ${admin.escapeIdentifier(cluster.template)} owner ${admin.escapeIdentifier(owner)}`,
    ),
  );
  const ownerUrl = urlForDatabase(cluster.ownerUrl, name);
  return {
    name,
    ownerUrl,
    appUrl: urlForRole(ownerUrl, cluster.appUser, cluster.appPassword),
    query: <T>(sql: string, params?: unknown[]) =>
      withClient(urlForDatabase(cluster.adminUrl, name), async (client) => (await client.query(sql, params)).rows as T[]),
    drop: () =>
      withClient(cluster.adminUrl, (admin) => admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`)).then(
        () => undefined,
      ),
  };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
