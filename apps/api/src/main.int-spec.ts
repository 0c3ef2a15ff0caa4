import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, testCluster, withClient } from '@ascend/platform/testing';

// These tests start the real entry point as a person would, each in its own process, embedded database included.
jest.setTimeout(120_000);

const root = join(__dirname, '../../..');
const workDir = mkdtempSync(join(tmpdir(), 'ascend-main-'));
chmodSync(workDir, 0o755);
const started: ChildProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave an API (and its PostgreSQL) running into the next test.
  for (const child of started) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function untilHealthy(port: number, started: Run) {
  for (let i = 0; i < 240; i++) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`never healthy:\n${started.output()}`);
}

/** Ctrl-C in a terminal signals the whole process group, so do the same; a stop that is not clean shows why. */
async function expectCleanStop(started: Run) {
  process.kill(-started.child.pid!, 'SIGINT');
  const exitCode = await started.exit;
  expect({ exitCode, output: exitCode === 0 ? '' : started.output() }).toEqual({ exitCode: 0, output: '' });
}

function postgresProcessesUsing(dataDir: string): string[] {
  const { execSync } = jest.requireActual<typeof import('node:child_process')>('node:child_process');
  return execSync('ps -eo pid,args', { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dataDir) && !line.includes('ps -eo'));
}

function failureLines(output: string) {
  return output.trim().split('\n');
}

describe('starting the API', () => {
  it('starts an embedded PostgreSQL, serves, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const dataDir = join(workDir, 'lifecycle', 'postgres');
    const webDist = join(workDir, 'web');
    mkdirSync(webDist, { recursive: true });
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><body>Ascend web</body></html>');
    const [port, pgPort] = [await freePort(), await freePort()];
    const env = { PORT: String(port), EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(pgPort), WEB_DIST: webDist };

    const first = run(env);
    await untilHealthy(port, first);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/p/ridgeline`, { headers: { accept: 'text/html' } });
    expect([page.status, await page.text()]).toEqual([200, expect.stringContaining('Ascend web')]);
    // The address of no practice is known to be missing before the page is sent; another case is redirected.
    const unknown = await fetch(`http://127.0.0.1:${port}/p/no-such-practice`, { headers: { accept: 'text/html' } });
    expect([unknown.status, await unknown.text()]).toEqual([404, expect.stringContaining('Ascend web')]);
    const upper = await fetch(`http://127.0.0.1:${port}/p/Ridgeline?ref=mail`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect([upper.status, upper.headers.get('location')]).toEqual([301, '/p/ridgeline?ref=mail']);
    const practice = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ practice(slug: "ridgeline") { name } }' }),
    });
    expect(await practice.json()).toEqual({ data: { practice: { name: 'Ridgeline Leadership Coaching' } } });
    // The superuser, because row level security (forced, so even for the owner) keeps practices to their tenant.
    const superuserUrl = `postgres://postgres:postgres-local-only@127.0.0.1:${pgPort}/ascend`;
    await withClient(superuserUrl, (c) => c.query(`update practice set tagline = 'kept across restarts'`));
    // The application role reaches Ascend's database and no other in the cluster.
    const appUrl = (database: string) => `postgres://ascend_app:ascend-app-local-only@127.0.0.1:${pgPort}/${database}`;
    expect((await withClient(appUrl('ascend'), (c) => c.query('select 1 as ok'))).rows).toEqual([{ ok: 1 }]);
    for (const other of ['postgres', 'template1']) {
      await expect(withClient(appUrl(other), (c) => c.query('select 1'))).rejects.toThrow(/permission denied for database/);
    }
    await expectCleanStop(first);
    expect(postgresProcessesUsing(dataDir)).toEqual([]);

    const second = run(env);
    await untilHealthy(port, second);
    const rows = await withClient(superuserUrl, (c) => c.query('select slug, tagline from practice'));
    expect(rows.rows).toEqual([{ slug: 'ridgeline', tagline: 'kept across restarts' }]);
    await expectCleanStop(second);
    expect(postgresProcessesUsing(dataDir)).toEqual([]);
  });

  it('uses the server in DATABASE_URL and embeds nothing when it is set', async () => {
    const { adminUrl, appUser, appPassword } = testCluster();
    const database = `ascend_main_${process.pid}`;
    await withClient(adminUrl, (c) => c.query(`create database ${database}`));
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      const dataDir = join(workDir, 'external', 'postgres');
      const port = await freePort();
      // The application role is shared by every database of the cluster: keep the password the other tests use.
      const started = run({
        PORT: String(port),
        DATABASE_URL: url.toString(),
        DATABASE_APP_USER: appUser,
        DATABASE_APP_PASSWORD: appPassword,
        EMBEDDED_POSTGRES_DIR: dataDir,
      });
      await untilHealthy(port, started);
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      const rows = await withClient(url.toString(), (c) => c.query('select slug from practice'));
      expect(rows.rows).toEqual([{ slug: 'ridgeline' }]);
      expect(existsSync(dataDir)).toBe(false);
      await expectCleanStop(started);
    } finally {
      await withClient(adminUrl, (c) => c.query(`drop database if exists ${database} with (force)`));
    }
  });

  it('recovers from a first start that was interrupted during initialisation', async () => {
    const dataDir = join(workDir, 'interrupted', 'postgres');
    mkdirSync(`${dataDir}.initialising`, { recursive: true });
    writeFileSync(`${dataDir}.initialising/half-written`, '');
    const port = await freePort();
    const started = run({ PORT: String(port), EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await untilHealthy(port, started);
    expect(existsSync(`${dataDir}.initialising`)).toBe(false);
    expect(existsSync(`${dataDir}/PG_VERSION`)).toBe(true);
    await expectCleanStop(started);
  });

  it('says exactly what to delete when the data folder is not a database', async () => {
    const dataDir = join(workDir, 'broken', 'postgres');
    mkdirSync(dataDir, { recursive: true });
    const started = run({ PORT: String(await freePort()), EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    expect(await started.exit).toBe(1);
    expect(failureLines(started.output())).toEqual([
      `ascend: ${dataDir} exists but is not a PostgreSQL data directory; if it is left over from an interrupted first start, delete it (rm -rf ${dataDir}) and start again`,
    ]);
  });

  it('starts despite a lock file left by a server that was killed', async () => {
    const dataDir = join(workDir, 'stale-lock', 'postgres');
    const first = await freePort();
    const initialising = run({ PORT: String(first), EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await untilHealthy(first, initialising);
    await expectCleanStop(initialising);
    writeFileSync(`${dataDir}/postmaster.pid`, '999999\n');
    const port = await freePort();
    const started = run({ PORT: String(port), EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await untilHealthy(port, started);
    await expectCleanStop(started);
  });
});

describe('start-up failures are one clear line and a non-zero exit', () => {
  it.each([
    [{ PORT: 'abc' }, 'ascend: Invalid configuration: PORT must be a number (got "abc")'],
    [{ DATABASE_URL: 'mysql://root@localhost/ascend' }, 'ascend: Invalid configuration: DATABASE_URL must look like postgres://user:password@host:5432/database (got "mysql://root@localhost/ascend")'],
    [{ LOG_LEVEL: 'loud' }, 'ascend: Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
  ])('%j', async (env, line) => {
    const started = run(env);
    expect(await started.exit).toBe(1);
    expect(failureLines(started.output())).toEqual([line]);
  });

  it('an unreachable database, leaving no data folder behind', async () => {
    const dataDir = join(workDir, 'never-created');
    const closedPort = await freePort();
    const started = run({ PORT: String(await freePort()), DATABASE_URL: `postgres://someone@127.0.0.1:${closedPort}/ascend`, EMBEDDED_POSTGRES_DIR: dataDir });
    expect(await started.exit).toBe(1);
    expect(failureLines(started.output())).toEqual([
      `ascend: Cannot connect to the database at 127.0.0.1:${closedPort}/ascend as someone: connection refused: is PostgreSQL running there?`,
    ]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a port already in use', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve));
    try {
      const started = run({ PORT: String(port), EMBEDDED_POSTGRES_DIR: join(workDir, 'port-in-use') });
      expect(await started.exit).toBe(1);
      expect(failureLines(started.output())).toEqual([
        `ascend: Port ${port} is already in use: stop the other program or start with another port, e.g. PORT=${port + 1} npm start`,
      ]);
      expect(existsSync(join(workDir, 'port-in-use'))).toBe(false);
    } finally {
      blocker.close();
    }
  });
});
