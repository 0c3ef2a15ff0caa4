import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const root = join(__dirname, '../../../..');
const main = join(root, 'dist/apps/api/apps/api/src/main.js');

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the production build (API serving the built web app) the way `npm start` does: its own embedded
 * PostgreSQL in a temporary folder, or a fresh database on DATABASE_URL's server when that is set. `extraEnv` adds
 * settings, e.g. SMTP_URL for a journey that reads mail as an SMTP server receives it.
 */
export async function startBuiltApi(extraEnv: Record<string, string> = {}): Promise<RunningApi> {
  if (!existsSync(main)) throw new Error(`No build at ${main}: run "npx nx run-many -t build -p api web" first`);
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'ascend-e2e-'));
  chmodSync(workDir, 0o755);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(port),
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'warn',
    WEB_DIST: join(root, 'dist/apps/web'),
    // Links in mail lead where the browser is, and the mail stays out of the repository.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEV_MAIL_DIR: join(workDir, 'mail'),
    ...extraEnv,
  };
  let dropDatabase = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    const database = `ascend_e2e_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(process.env.DATABASE_URL, `create database ${database}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => adminQuery(process.env.DATABASE_URL!, `drop database if exists ${database} with (force)`);
  } else {
    env.EMBEDDED_POSTGRES_DIR = join(workDir, 'postgres');
    env.EMBEDDED_POSTGRES_PORT = String(await freePort());
  }

  const child = spawn(process.execPath, [main], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await untilHealthy(url, child, () => output);

  return {
    url,
    async stop() {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT');
      await exited;
      await dropDatabase();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

async function untilHealthy(url: string, child: ChildProcess, output: () => string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The API exited while starting:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API never answered /health:\n${output()}`);
}

async function adminQuery(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Below Linux's ephemeral range (32768-60999): a port the kernel hands out for port 0 can be taken, between being
// chosen and being listened on, as the local end of the API's own outgoing connections (its PostgreSQL pool).
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_768);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port between 20000 and 32767');
}
