/**
 * The baseline: a bare node:http + pg server that runs exactly the SQL Ascend ran for the same request (recorded
 * from Ascend with `x-ascend-debug: sql-trace`: same statements, same parameters, same order, BEGIN and COMMIT
 * included), on one connection from its own pg.Pool of Ascend's size, as Ascend's application role, and answers the
 * rows as JSON. What Ascend costs beyond this is what NestJS, Apollo, TypeORM and Ascend's own checks add.
 *
 * This file is both the launcher (startBareServer, used by the bench) and the server itself, which runs in a child
 * process so that it never shares an event loop with the load generator.
 */
import argon2 from 'argon2';
import { fork } from 'node:child_process';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Pool, type PoolClient, type QueryResult } from 'pg';
// The baseline turns the rows into the dashboard's JSON with the same pure file Ascend uses (no framework comes with it).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type ClientFactsRow, dashboardClients } from '../../../libs/api/coaching/src/dashboard/dashboard-rows';
import { contentRoutes, type ContentBareConfig, type SubscribeBody } from './bare-content';
import { eventRoutes, type EventsBareConfig, nameTenantOnConnect, type RegistrationBody } from './bare-events';
import { BenchFailure, OutputTail, stopProcessGroup, track } from './support';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Ascend's statements for a sign-in that succeeded and for one refused for a wrong password. */
export interface SignInScripts {
  succeeded: Statement[];
  failed: Statement[];
}

export interface BareConfig {
  databaseUrl: string;
  poolSize: number;
  /** Served at POST /replay/<name>: one transaction, recorded from Ascend. */
  replays: Record<string, Statement[]>;
  /** Served at POST /sign-in. */
  signIn?: SignInScripts;
  /** Served at POST /dashboard: Ascend's recorded dashboard request, its rows turned into the same JSON. */
  dashboard?: Statement[];
  /** Serves POST /check-in: one check-in upserted in one statement. */
  checkIns?: boolean;
  /** Serves POST /register and GET /p/<practice>/masterclasses/<slug> (bare-events.ts). */
  events?: EventsBareConfig;
  /** Serves GET /p/<practice>/articles[/<slug>] and POST /subscribe (bare-content.ts), for the events practice. */
  content?: ContentBareConfig;
}

export interface BareServer {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

// Same as Ascend's pool: a request that cannot get a connection within 10 s fails.
const POOL_TIMEOUT_MS = 10_000;
const REFRESH_DAYS = 30;

export async function startBareServer(config: BareConfig): Promise<BareServer> {
  const child = track(
    fork(__filename, [], {
      execArgv: ['-r', path.resolve(__dirname, '../../register.cjs')],
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
  const tail = new OutputTail();
  tail.follow(child.stdout);
  tail.follow(child.stderr);
  // The child says when it listens for its configuration, and answers the configuration with its port.
  let timer: NodeJS.Timeout | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('it did not report its port within 30 s')), 30_000);
    child.on('message', (message: { ready?: boolean; port?: number }) => {
      if (message.ready) child.send(config);
      if (message.port) resolve(message.port);
    });
    child.once('exit', (code) => reject(new Error(`it exited (code ${code})`)));
  })
    .catch(async (error: Error) => {
      await stopProcessGroup(child);
      throw new BenchFailure(`The bare server did not start: ${error.message}\n${tail}`);
    })
    .finally(() => clearTimeout(timer));
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopProcessGroup(child) };
}

// ---- The server (child process) ----

function serve(config: BareConfig) {
  const pool = new Pool({ connectionString: config.databaseUrl, max: config.poolSize, connectionTimeoutMillis: POOL_TIMEOUT_MS });
  // An idle connection that PostgreSQL closes (at shutdown) is not this server's failure.
  pool.on('error', () => undefined);
  if (config.events) nameTenantOnConnect(pool, config.events.practiceId);
  const events = config.events ? eventRoutes(pool, config.events) : undefined;
  const content = config.content ? contentRoutes(pool, config.content) : undefined;

  async function handle(request: IncomingMessage): Promise<unknown> {
    // The body is read and parsed like any JSON API would, though the recorded SQL does not depend on it.
    const body = JSON.parse((await readBody(request)) || '{}') as { variables?: { i?: { email?: string; password?: string } } };
    if (request.url === '/sign-in' && config.signIn) return signIn(config.signIn, String(body.variables?.i?.password ?? ''));
    if (request.url === '/dashboard' && config.dashboard) return dashboard(config.dashboard);
    if (request.url === '/check-in' && config.checkIns) return checkIn(body as unknown as CheckInBody);
    if (request.url === '/register' && events) return events.register(body as RegistrationBody);
    if (request.url === '/subscribe' && content) return content.subscribe(body as SubscribeBody, forwardedFor(request));
    const script = config.replays[(request.url ?? '').replace(/^\/replay\//, '')];
    if (!script) throw new Error(`no replay at ${request.url}`);
    return { data: rowsOf(await transaction(script)) };
  }

  /** The statements on one connection, as Ascend runs an operation: its BEGIN and COMMIT are in the script. */
  async function transaction(script: Statement[]): Promise<QueryResult[]> {
    const client: PoolClient = await pool.connect();
    const results: QueryResult[] = [];
    try {
      for (const statement of script) results.push(await client.query(statement.sql, statement.params));
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw error;
    }
    client.release();
    return results;
  }

  /**
   * Ascend's sign-in, statement for statement: the rate-limit count and the password-hash read each commit on their
   * own before any transaction, the argon2id check runs with no connection held, then one transaction records the
   * sign-in (or the failed attempt). The bench signs in one account, so the recorded parameters (its email, its id)
   * hold for every request; only the values that must be new for every sign-in are made fresh.
   */
  async function signIn(scripts: SignInScripts, password: string): Promise<unknown> {
    const succeeded = split(scripts.succeeded);
    let passwordHash: string | undefined;
    for (const statement of succeeded.before) {
      const { rows } = await pool.query(statement.sql, statement.params);
      if (rows[0] && 'password_hash' in rows[0]) passwordHash = String(rows[0].password_hash);
    }
    if (passwordHash === undefined) throw new Error('the recorded sign-in read no password hash');
    const matches = await argon2.verify(passwordHash, password).catch(() => false);
    if (!matches) {
      const failed = split(scripts.failed).transaction;
      if (failed.length) await transaction(failed);
      return { data: null, errors: [{ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }] };
    }
    const results = await transaction(succeeded.transaction.map(freshRefreshToken));
    const viewer = rowsOf(results).at(-1)?.[0] as { id: string };
    return { data: { signIn: { accessToken: accessToken(viewer.id), viewer } } };
  }

  /**
   * Ascend's statements for the dashboard, the clock parameter made fresh as Ascend makes it for every request, and
   * its rows turned into the dashboard's JSON by the same pure functions Ascend uses (flags, urgency, order).
   */
  async function dashboard(script: Statement[]): Promise<unknown> {
    const now = new Date();
    const fresh = script.map((statement) => (isDashboardQuery(statement) ? { sql: statement.sql, params: withNow(statement.params, now) } : statement));
    const results = await transaction(fresh);
    const rows = results[fresh.findIndex(isDashboardQuery)].rows as ClientFactsRow[];
    return { data: { coachDashboard: dashboardClients(rows, now, 'URGENCY') } };
  }

  /** The least a server can do for a check-in under row level security: name the tenant, upsert, in one transaction. */
  async function checkIn({ practiceId, clientId, input }: CheckInBody): Promise<unknown> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [practiceId]);
      const { rows } = await client.query(
        `insert into check_in (tenant_id, client_id, week_start, progress, energy, wins)
         values ($1, $2, date_trunc('week', now() at time zone 'Europe/London')::date, $3, $4, $5)
         on conflict (tenant_id, client_id, week_start)
         do update set progress = excluded.progress, energy = excluded.energy, wins = excluded.wins, updated_at = now()
         returning id, week_start::text as "weekStart", progress, energy`,
        [practiceId, clientId, input.progress, input.energy, input.wins],
      );
      await client.query('COMMIT');
      client.release();
      return { data: { submitCheckIn: rows[0] } };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw error;
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'GET' && events) {
      const path = request.url ?? '';
      (content && path.includes('/articles') ? content.page(path) : events.page(path)).then(
        (html) => sendHtml(response, html),
        (error: Error) => send(response, 500, { errors: [{ message: error.message, extensions: { code: 'BARE_SERVER_ERROR' } }] }),
      );
      return;
    }
    handle(request).then(
      (answer) => send(response, 200, answer),
      (error: Error) => send(response, 500, { errors: [{ message: error.message, extensions: { code: 'BARE_SERVER_ERROR' } }] }),
    );
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
}

/** The client's address as Ascend believes it behind a loopback proxy: the last X-Forwarded-For entry. */
function forwardedFor(request: IncomingMessage): string {
  const header = request.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((part) => part.trim()).filter(Boolean);
  return list.at(-1) ?? request.socket.remoteAddress ?? '';
}

interface CheckInBody {
  practiceId: string;
  clientId: string;
  input: { progress: number; energy: number; wins: string };
}

const isDashboardQuery = (statement: Statement) => statement.sql.includes('json_agg(json_build_array(ci.week_start');

/** The dashboard query's one timestamp parameter (its "now", an ISO instant) replaced by `now`. */
function withNow(params: unknown[], now: Date): unknown[] {
  return params.map((param) => (typeof param === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(param) ? now.toISOString() : param));
}

/** What runs on its own (autocommit) before the operation's transaction, and that transaction. */
function split(script: Statement[]) {
  const begin = script.findIndex((statement) => statement.sql === 'BEGIN');
  return begin < 0 ? { before: script, transaction: [] } : { before: script.slice(0, begin), transaction: script.slice(begin) };
}

/** The rows of every statement that returns rows (BEGIN and COMMIT return none): a body about the size of Ascend's. */
function rowsOf(results: QueryResult[]): Record<string, unknown>[][] {
  return results.filter((result) => result.command === 'SELECT').map((result) => result.rows);
}

/**
 * A refresh token's hash is unique and its family and expiry are new at every sign-in: Ascend makes them for each
 * request, so the replay does too (the recorded ones would collide). Columns are read from the statement itself.
 */
function freshRefreshToken(statement: Statement): Statement {
  const columns = /insert into refresh_token\s*\(([^)]*)\)/i.exec(statement.sql)?.[1].split(',').map((column) => column.trim());
  if (!columns) return statement;
  const fresh: Record<string, () => unknown> = {
    family_id: () => randomUUID(),
    token_hash: () => createHash('sha256').update(randomBytes(32)).digest('hex'),
    expires_at: () => new Date(Date.now() + REFRESH_DAYS * 86_400_000),
  };
  return { sql: statement.sql, params: statement.params.map((param, i) => fresh[columns[i]]?.() ?? param) };
}

/** A signed token, as Ascend signs a JWT (HMAC-SHA256): the same small amount of work. */
const TOKEN_SECRET = randomBytes(32);
function accessToken(userId: string) {
  const payload = Buffer.from(JSON.stringify({ sub: userId, exp: Math.floor(Date.now() / 1000) + 900 })).toString('base64url');
  return `${payload}.${createHmac('sha256', TOKEN_SECRET).update(payload).digest('base64url')}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** A page with the headers Ascend sends it with; a 404 when there is none. */
function sendHtml(response: ServerResponse, html: string | undefined) {
  if (html === undefined) return send(response, 404, { errors: [{ message: 'no such page', extensions: { code: 'NOT_FOUND' } }] });
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(html) });
  response.end(html);
}

if (require.main === module) {
  process.once('message', (config: BareConfig) => serve(config));
  process.send?.({ ready: true });
  // Never outlive the bench, even one that was killed.
  process.once('disconnect', () => process.exit(0));
}
