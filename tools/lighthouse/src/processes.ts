// The two processes an audit needs, each started detached (leading its own process group) so that stopping it stops
// whatever it started too: Ascend with its embedded PostgreSQL, and Chromium with its helpers.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = path.resolve(__dirname, '../../..');
const MAIN = path.join(root, 'dist/apps/api/apps/api/src/main.js');
const WEB_DIST = path.join(root, 'dist/apps/web');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling out, which a closed network refuses.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The audit cannot run (nothing built, a process that does not start): reported, and the exit code is 1. */
export class CannotRun extends Error {}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The production build as `npm start` runs it, with demo data on an embedded PostgreSQL in `workDir`. */
export async function startAscend(workDir: string): Promise<Running> {
  for (const built of [MAIN, path.join(WEB_DIST, 'index.html')]) {
    if (!existsSync(built)) throw new CannotRun(`${built} is missing: build first (npx nx run-many -t build -p api web)`);
  }
  const [port, postgresPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DEMO_DATA: 'true',
    HOST: '127.0.0.1',
    PORT: String(port),
    EMBEDDED_POSTGRES_DIR: path.join(workDir, 'postgres'),
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    LOG_LEVEL: 'warn',
    WEB_DIST,
    DEV_MAIL_DIR: path.join(workDir, 'mail'),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = tail(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await until(async () => (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined))?.ok === true, child, 120_000);
  } catch (error) {
    await stopGroup(child);
    throw new CannotRun(`Ascend did not start: ${(error as Error).message}\n${output()}`);
  }
  return { url, stop: () => stopGroup(child) };
}

/** Headless Chromium with a DevTools port for Lighthouse, and a profile of its own in `workDir`. */
export async function startChromium(workDir: string): Promise<Running & { port: number }> {
  if (!existsSync(CHROMIUM)) throw new CannotRun(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROME_PATH`);
  const port = await freePort();
  const profile = path.join(workDir, 'chromium');
  mkdirSync(profile, { recursive: true });
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await until(async () => (await fetch(`${url}/json/version`).catch(() => undefined))?.ok === true, child, 30_000);
  } catch (error) {
    await stopGroup(child);
    throw new CannotRun(`Chromium did not start: ${(error as Error).message}\n${output()}`);
  }
  return { url, port, stop: () => stopGroup(child) };
}

async function until(done: () => Promise<boolean>, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('it exited');
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

/** The last lines a child printed, shown when it does not start. */
function tail(child: ChildProcess): () => string {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 30) lines.shift();
    });
  }
  return () => lines.map((line) => `    | ${line}`).join('\n');
}

/** Asks the leader to stop (Ascend then stops its PostgreSQL), then asks and forces whatever is left of its group. */
async function stopGroup(child: ChildProcess) {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const groupAlive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!exited()) {
    signal(pid, 'SIGINT');
    await waitFor(exited, 15_000);
  }
  for (const [sig, waitMs] of [['SIGINT', 10_000], ['SIGKILL', 5_000]] as const) {
    if (!groupAlive()) return;
    signal(-pid, sig);
    await waitFor(() => !groupAlive(), waitMs);
  }
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

async function waitFor(done: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(100);
}
