import { runMigrations as runJobQueueMigrations } from 'graphile-worker';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { urlForDatabase, databaseName, describeUrl } from './connection-url';
import { ensureApplicationRole, grantApplicationRole } from './application-role';
import { migrations } from './migrations';
import { StartupError } from './startup';

export interface MigrateOptions {
  ownerUrl: string;
  appUser: string;
  appPassword: string;
  warn?: (line: string) => void;
}

/**
 * Applies pending migrations as the owner, each in its own transaction, then grants the application role. Returns
 * the names applied (ours; the job queue's schema versions itself).
 */
export async function migrate({ ownerUrl, appUser, appPassword, warn = () => undefined }: MigrateOptions): Promise<string[]> {
  await ensureDatabaseExists(ownerUrl);
  const owner = await connect(ownerUrl);
  try {
    await ensureApplicationRole(owner, appUser, appPassword);
  } finally {
    await owner.end();
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    logging: false,
  });
  await dataSource.initialize();
  let applied: string[];
  try {
    // Concurrent starts (several API copies) serialise here instead of racing on the same migration.
    await dataSource.query('select pg_advisory_lock(7364251)');
    await migrateJobQueue(ownerUrl);
    applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    const granting = await connect(ownerUrl);
    try {
      const elsewhere = await grantApplicationRole(granting, appUser);
      if (elsewhere.length) {
        warn(
          `The application role ${appUser} may also connect to ${elsewhere.join(', ')}: Ascend needs only its own database (run "revoke connect on database <name> from public" there, or restrict it in pg_hba.conf)`,
        );
      }
    } finally {
      await granting.end();
    }
  } finally {
    await dataSource.destroy();
  }
  return applied;
}

/**
 * graphile-worker installs and upgrades its own schema (graphile_worker) with its own versioned migrations; ours
 * come after it because they build on it (ascend_enqueue_job).
 */
async function migrateJobQueue(ownerUrl: string) {
  const pool = new Pool({ connectionString: ownerUrl, max: 1, connectionTimeoutMillis: 10_000 });
  // Without listeners graphile-worker installs its own and warns; an idle client's error must not crash the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await runJobQueueMigrations({ pgPool: pool });
  } finally {
    await pool.end();
  }
}

/** The names of migrations this build knows that the database has not applied. */
export async function pendingMigrations(query: (sql: string) => Promise<{ name: string }[]>): Promise<string[]> {
  const done = new Set((await query('select name from migrations')).map((row) => row.name));
  return migrations.map((m) => m.name).filter((name) => !done.has(name));
}

/** Opens a client, turning the usual connection failures into one clear line. */
export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw explainConnectionError(error, url);
  }
  return client;
}

async function ensureDatabaseExists(url: string) {
  try {
    await (await connect(url)).end();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== '3D000') throw error;
    const maintenance = await connect(urlForDatabase(url, 'postgres'));
    try {
      await maintenance.query(`create database ${maintenance.escapeIdentifier(databaseName(url))}`);
    } catch (createError) {
      if ((createError as { code?: string }).code !== '42P04') {
        throw new StartupError(`Database ${databaseName(url)} does not exist and could not be created: ${(createError as Error).message}`);
      }
    } finally {
      await maintenance.end();
    }
  }
}

export function explainConnectionError(error: unknown, url: string): Error {
  const code = (error as { code?: string }).code;
  const where = describeUrl(url);
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused: is PostgreSQL running there?',
    ENOTFOUND: 'unknown host',
    EAI_AGAIN: 'the host name could not be resolved',
    ETIMEDOUT: 'timed out',
    '28P01': 'wrong password',
    '28000': 'the server refused this role',
    '3D000': 'the database does not exist',
  };
  const reason = (code && reasons[code]) ?? (error as Error).message ?? String(error);
  const startupError = new StartupError(`Cannot connect to the database at ${where}: ${reason}`);
  (startupError as { cause?: unknown }).cause = error;
  return startupError;
}
