// Ascend as it ships: the built API (dist/apps/api) in its own process, started the way `npm start` starts it, on
// a database of its own that the bench throws away at the end.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { clip } from './scenarios';
import { BenchFailure, freePort, hasExited, OutputTail, signal, sleep, stopProcessGroup, track, until } from './support';

export const root = path.resolve(__dirname, '../../..');
const MAIN = path.join(root, 'dist/apps/api/apps/api/src/main.js');

// The embedded server's fixed, local-only database name, and Ascend's development password for its application
// role (libs/api/platform/database/src/embedded-postgres.ts, libs/api/platform/config/src/config.ts).
const EMBEDDED_DATABASE = 'ascend';
const DEV_APP_PASSWORD = 'ascend-app-local-only';
// The embedded cluster's superuser (libs/api/platform/database/src/embedded-postgres.ts): the bench writes its
// coaching data past row level security with it, as the test scenarios do.
const EMBEDDED_SUPERUSER = { user: 'postgres', password: 'postgres-local-only' };

export interface Database {
  /** Shown in the report. */
  description: string;
  /** Given to every Ascend process the bench starts. */
  env: Record<string, string>;
  /** Ascend's application role on that database: the bare server connects as it too. */
  appUrl: string;
  /** A role that bypasses row level security on that database, for writing the bench's own data. */
  adminUrl: string;
  dispose(): Promise<void>;
}

/**
 * The embedded PostgreSQL in a temporary folder by default, so the bench runs anywhere; with DATABASE_URL set, a
 * fresh database on that server instead (created here, dropped at the end).
 */
export async function prepareDatabase(workDir: string): Promise<Database> {
  const appUser = process.env.DATABASE_APP_USER || 'ascend_app';
  const appPassword = process.env.DATABASE_APP_PASSWORD || DEV_APP_PASSWORD;
  const roleEnv = { DATABASE_APP_USER: appUser, DATABASE_APP_PASSWORD: appPassword };
  const given = process.env.DATABASE_URL;
  if (given) return freshDatabaseOn(given, appUser, appPassword, roleEnv);

  const port = await freePort();
  const dataDir = path.join(workDir, 'postgres');
  return {
    description: `embedded, port ${port}, data in ${dataDir} (removed at the end)`,
    env: { ...roleEnv, EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port) },
    appUrl: withRole(`postgres://127.0.0.1:${port}/${EMBEDDED_DATABASE}`, appUser, appPassword),
    adminUrl: withRole(`postgres://127.0.0.1:${port}/${EMBEDDED_DATABASE}`, EMBEDDED_SUPERUSER.user, EMBEDDED_SUPERUSER.password),
    dispose: () => stopStrayPostmaster(dataDir),
  };
}

async function freshDatabaseOn(given: string, appUser: string, appPassword: string, roleEnv: Record<string, string>): Promise<Database> {
  const name = `ascend_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: given });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`).catch((error: Error) => {
    throw new BenchFailure(`Could not create a database for the bench on DATABASE_URL's server: ${error.message}`);
  });
  const url = new URL(given);
  url.pathname = `/${name}`;
  return {
    description: `${url.host}/${name}, a fresh database on DATABASE_URL's server (dropped at the end)`,
    env: { ...roleEnv, DATABASE_URL: url.toString() },
    appUrl: withRole(url.toString(), appUser, appPassword),
    adminUrl: url.toString(),
    dispose: () => admin(`drop database if exists ${name} with (force)`),
  };
}

function withRole(databaseUrl: string, user: string, password: string) {
  const url = new URL(databaseUrl);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Belt and braces: a PostgreSQL still running on the embedded data folder once Ascend is gone is stopped by its pid. */
async function stopStrayPostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const [sig, waitMs] of [['SIGINT', 10_000], ['SIGKILL', 5_000]] as const) {
    if (!alive()) return;
    signal(pid, sig);
    await until(() => !alive(), waitMs);
  }
}

export interface Ascend {
  graphqlUrl: string;
  /** Its PUBLIC_URL (http://127.0.0.1:<port>): where it listens, and how its pages name themselves. */
  publicUrl: string;
  pid: number | undefined;
  poolSize: number;
  /** Error-level log lines Ascend wrote since it became healthy (it logs JSON at level warn and above). */
  errorsLogged: LoggedError[];
  stop(): Promise<void>;
}

export interface LoggedError {
  line: string;
  message: string;
}

/** `overrides` change or (when undefined) remove the variables below, for a scenario that needs Ascend otherwise. */
export async function startAscend(database: Database, poolSize: number, workDir: string, overrides: Record<string, string | undefined> = {}): Promise<Ascend> {
  if (!existsSync(MAIN)) throw new BenchFailure(`${MAIN} is missing: build the API first (npx nx run api:build)`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.env,
    // Debug headers (the statement count and trace) are refused in production.
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: base,
    DATABASE_POOL_SIZE: String(poolSize),
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    // Sign-in is limited per address, and every request of the bench comes from 127.0.0.1.
    AUTH_RATE_LIMIT: '1000000',
    // API only: no web app is served, and mail stays in the bench's temporary folder.
    WEB_DIST: path.join(workDir, 'no-web-app'),
    DEV_MAIL_DIR: path.join(workDir, 'mail'),
    ...overrides,
  };
  if (!database.env.DATABASE_URL) delete env.DATABASE_URL;
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name];

  const child = track(spawn(process.execPath, [MAIN], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }));
  const tail = new OutputTail();
  let healthy = false;
  const errorsLogged: LoggedError[] = [];
  const watch = (line: string) => {
    const error = healthy ? loggedError(line) : undefined;
    if (error) errorsLogged.push(error);
  };
  tail.follow(child.stdout, watch);
  tail.follow(child.stderr, watch);

  try {
    await waitForHealth(`${base}/health`, () => hasExited(child), 120_000);
  } catch (error) {
    await stopProcessGroup(child);
    const why = error instanceof Error ? error.message : String(error);
    throw new BenchFailure(`Ascend (pool ${poolSize}) did not start: ${why}\n${tail}`);
  }
  healthy = true;
  return {
    graphqlUrl: `${base}/graphql`,
    publicUrl: base,
    pid: child.pid,
    poolSize,
    errorsLogged,
    stop: async () => {
      healthy = false; // errors logged while shutting down are not the bench's business
      await stopProcessGroup(child);
    },
  };
}

async function waitForHealth(url: string, exited: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('it exited');
    const status = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => 0,
    );
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/**
 * An error Ascend logs is a failure even when every answer was right (a record it could not keep after a rollback,
 * a mail job that failed, only show there). Refusals such as wrong passwords are answers, logged below level error.
 */
export function loggedProblems(ascend: Ascend): string[] {
  const byMessage = new Map<string, { count: number; line: string }>();
  for (const error of ascend.errorsLogged) {
    const seen = byMessage.get(error.message) ?? { count: 0, line: error.line };
    byMessage.set(error.message, { ...seen, count: seen.count + 1 });
  }
  return [...byMessage.values()].map(({ count, line }) => `Ascend (pool ${ascend.poolSize}) logged ${count} error(s) like: ${clip(line, 600)}`);
}

/**
 * A JSON log line at level error (50) or above; other lines (and anything not JSON) are not errors. Its message is
 * the error's own when it has one ("Unexpected error <reference>" differs for every request).
 */
function loggedError(line: string): LoggedError | undefined {
  let entry: { level?: unknown; msg?: unknown; err?: { message?: unknown } };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return undefined;
  }
  if (typeof entry.level !== 'number' || entry.level < 50) return undefined;
  return { line, message: String(entry.err?.message ?? entry.msg ?? '') };
}
