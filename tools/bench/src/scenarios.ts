// The three requests the issue asks about, each measured on Ascend and on the bare server in the same run, and the
// checks that every answer is right (a wrong answer fails the bench; a slow one is only reported).
import autocannon from 'autocannon';
import type { SignInScripts, Statement } from './bare-server';
import { BenchFailure, cpuSeconds } from './support';

export const OWNER = { email: 'maren@ridgeline.example', password: 'Ridgeline-Owner-Demo' };
const WRONG_PASSWORD = 'Not-Maren-Password-1';
export const SIGN_IN_FAILED = 'Email or password is wrong';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken viewer { memberships { practiceId } } } }';
const DEBUG_HEADER = 'x-ascend-debug';

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}
export interface SqlTally {
  statements: number;
  connections: number;
  trace?: Statement[];
}
interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
  extensions?: { sql?: SqlTally };
}
interface Answer {
  status: number;
  text: string;
  body?: GraphqlBody;
  ms: number;
}

export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, { method: 'GET', headers });
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  let parsed: GraphqlBody | undefined;
  try {
    parsed = JSON.parse(text) as GraphqlBody;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed, ms };
}

const signInBody = (password: string, email = OWNER.email) => JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } });

export interface Session {
  accessToken: string;
  practiceId: string;
}

export async function signInOwner(graphqlUrl: string): Promise<Session> {
  const answer = await post(graphqlUrl, signInBody(OWNER.password));
  const signIn = answer.body?.data?.signIn as { accessToken?: string; viewer?: { memberships?: { practiceId: string }[] } } | undefined;
  const practiceId = signIn?.viewer?.memberships?.[0]?.practiceId;
  if (!signIn?.accessToken || !practiceId) throw new BenchFailure(`The demo owner could not sign in (is DEMO_DATA on?): ${clip(answer.text)}`);
  return { accessToken: signIn.accessToken, practiceId };
}

/** What Ascend ran for one request: `x-ascend-debug: sql-trace` answers the statements with their parameters. */
export async function sqlOf(graphqlUrl: string, body: string, headers: Record<string, string> = {}): Promise<Required<SqlTally>> {
  const answer = await post(graphqlUrl, body, { ...headers, [DEBUG_HEADER]: 'sql-trace' });
  const sql = answer.body?.extensions?.sql;
  if (!sql?.trace) throw new BenchFailure(`Ascend answered without extensions.sql (is ${DEBUG_HEADER} supported?): ${clip(answer.text)}`);
  return { statements: sql.statements, connections: sql.connections, trace: sql.trace };
}

// ---- Reads under sustained load ----

export interface ReadScenario {
  name: string;
  /** The bare server's route for its replay of the same SQL. */
  replay: string;
  /** POST (a GraphQL request) unless GET (a page, which has no body). */
  method?: 'GET';
  /** The same request is sent to both servers. */
  body: string;
  headers: Record<string, string>;
  /** Why Ascend's answer is wrong, or undefined when it is right. */
  check(body: GraphqlBody | undefined, text: string): string | undefined;
}

const sample = (url: string, scenario: ReadScenario) => (scenario.method === 'GET' ? get(url, scenario.headers) : post(url, scenario.body, scenario.headers));

export function practiceScenario(): ReadScenario {
  const query = 'query($slug: String!) { practice(slug: $slug) { id name slug tagline coachName coachBio timeZone } }';
  return {
    name: 'public practice query',
    replay: 'practice',
    body: JSON.stringify({ query, variables: { slug: 'ridgeline' } }),
    headers: {},
    check: (body) => ((body?.data?.practice as { slug?: string } | null)?.slug === 'ridgeline' ? undefined : 'no practice ridgeline'),
  };
}

export function viewerTeamScenario(session: Session): ReadScenario {
  const query =
    '{ viewer { account { id email name } memberships { practiceId practiceName role } } team { membershipId userId name email role joinedAt } }';
  return {
    name: '{ viewer team } signed in',
    replay: 'viewer-team',
    body: JSON.stringify({ query }),
    headers: { authorization: `Bearer ${session.accessToken}`, 'x-practice-id': session.practiceId },
    check: (body) => {
      const viewer = body?.data?.viewer as { account?: { email?: string } } | undefined;
      const team = body?.data?.team as unknown[] | undefined;
      if (viewer?.account?.email !== OWNER.email) return 'viewer is not the owner';
      return team?.length ? undefined : 'empty team';
    },
  };
}

export interface Timing {
  warmupSeconds: number;
  seconds: number;
  rounds: number;
  connections: number;
}

export interface Run {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  /** Server CPU (its own process, not PostgreSQL's) per request, when /proc tells. */
  cpuMsPerRequest?: number;
}

/** A server under test: where to send requests, and its process (for its CPU time). */
export interface Target {
  url: string;
  pid: number | undefined;
}

export interface ReadResult {
  scenario: ReadScenario;
  /** What one Ascend request ran; undefined for a page, which x-ascend-debug does not trace. */
  sql: SqlTally | undefined;
  ascend: Run[];
  bare: Run[];
}

/**
 * Each server gets a warm-up (JIT, pools, caches; not counted), then they take turns: Ascend, bare, Ascend, bare,
 * so that anything else the machine does falls on both alike.
 */
export async function measureRead(
  scenario: ReadScenario,
  targets: { ascend: Target; bare: Target },
  sql: SqlTally | undefined,
  timing: Timing,
  problems: string[],
): Promise<ReadResult> {
  const ascendSample = await sample(targets.ascend.url, scenario);
  const wrong = ascendSample.status === 200 && !ascendSample.body?.errors ? scenario.check(ascendSample.body, ascendSample.text) : `HTTP ${ascendSample.status}`;
  if (wrong) throw new BenchFailure(`${scenario.name}: Ascend answered wrongly (${wrong}): ${clip(ascendSample.text)}`);
  const bareSample = await sample(targets.bare.url, scenario);
  if (bareSample.status !== 200) throw new BenchFailure(`${scenario.name}: the bare server failed: ${clip(bareSample.text)}`);

  // Every answer under load must be exactly the one checked above.
  const expected = { ascend: ascendSample.text, bare: bareSample.text };
  const result: ReadResult = { scenario, sql, ascend: [], bare: [] };
  for (const side of ['ascend', 'bare'] as const) await load(targets[side], scenario, expected[side], timing.warmupSeconds, timing, problems, `${side} warm-up`);
  for (let round = 1; round <= timing.rounds; round++) {
    for (const side of ['ascend', 'bare'] as const) {
      result[side].push(await load(targets[side], scenario, expected[side], timing.seconds, timing, problems, `${side} round ${round}`));
    }
  }
  return result;
}

function load(target: Target, scenario: ReadScenario, expected: string, seconds: number, timing: Timing, problems: string[], label: string): Promise<Run> {
  let firstMismatch: string | undefined;
  const cpuBefore = cpuSeconds(target.pid);
  // Latencies as autocannon measures them (hrtime, fractions of a millisecond); its own histogram keeps whole ms.
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        ...(scenario.method === 'GET'
          ? { method: 'GET' as const, headers: scenario.headers }
          : { method: 'POST' as const, headers: { 'content-type': 'application/json', ...scenario.headers }, body: scenario.body }),
        connections: timing.connections,
        duration: seconds,
        verifyBody: (body) => body === expected || ((firstMismatch ??= String(body)), false),
      },
      (error, result) => {
        if (error) return reject(new BenchFailure(`${scenario.name}, ${label}: autocannon failed: ${String(error)}`));
        const bad = result.non2xx + result.errors + result.timeouts + result.mismatches;
        if (bad > 0) {
          problems.push(
            `${scenario.name}, ${label}: ${result.non2xx} non-2xx, ${result.errors} connection errors, ${result.timeouts} timeouts, ` +
              `${result.mismatches} wrong answers${firstMismatch ? ` (first: ${clip(firstMismatch)})` : ''}`,
          );
        }
        const requests = result.requests.total;
        resolve({
          requestsPerSecond: requests / result.duration,
          p99Ms: percentile(latencies, 99),
          requests,
          cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuSeconds(target.pid), requests),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

// ---- Sign-ins all at once ----

export interface Burst {
  sessions: number;
  refused: number;
  /** Wrong answers by GraphQL error code (or HTTP status, or fetch failure). */
  wrong: Map<string, number>;
  latenciesMs: number[];
  wallMs: number;
  cpuMsPerRequest?: number;
}

export interface SignInResult {
  count: number;
  sql: { succeeded: SqlTally; failed: SqlTally };
  ascend: Burst[];
  bare: Burst[];
}

/** Ascend's statements for a sign-in and for a refused one (also Ascend's warm-up), for the bare server to replay. */
export async function recordSignIns(graphqlUrl: string): Promise<SignInScripts & { tallies: SignInResult['sql'] }> {
  const succeeded = await sqlOf(graphqlUrl, signInBody(OWNER.password));
  const failed = await sqlOf(graphqlUrl, signInBody(WRONG_PASSWORD));
  return { succeeded: succeeded.trace, failed: failed.trace, tallies: { succeeded, failed } };
}

/**
 * `count` sign-ins fired at once, every other one with a wrong password, against each server in turns. All of them
 * must be answered right: a session for the right password, UNAUTHENTICATED 'Email or password is wrong' otherwise.
 */
export async function measureSignIns(
  targets: { ascend: Target; bare: Target },
  practiceId: string,
  sql: SignInResult['sql'],
  rounds: number,
  count: number,
): Promise<SignInResult> {
  // The bare server's warm-up (Ascend's were the two recorded sign-ins).
  await post(targets.bare.url, signInBody(OWNER.password));
  await post(targets.bare.url, signInBody(WRONG_PASSWORD));
  const result: SignInResult = { count, sql, ascend: [], bare: [] };
  for (let round = 0; round < rounds; round++) {
    for (const side of ['ascend', 'bare'] as const) result[side].push(await burst(targets[side], practiceId, count));
  }
  return result;
}

async function burst(target: Target, practiceId: string, count: number): Promise<Burst> {
  const outcome: Burst = { sessions: 0, refused: 0, wrong: new Map(), latenciesMs: [], wallMs: 0 };
  const cpuBefore = cpuSeconds(target.pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const rightPassword = i % 2 === 0;
      const answer = await post(target.url, signInBody(rightPassword ? OWNER.password : WRONG_PASSWORD)).catch((error: Error) => error);
      if (answer instanceof Error) return tally(outcome.wrong, `fetch failed: ${answer.message}`);
      outcome.latenciesMs.push(answer.ms);
      const verdict = rightPassword ? sessionFor(answer, practiceId) : refusal(answer);
      if (verdict === 'ok') outcome[rightPassword ? 'sessions' : 'refused']++;
      else tally(outcome.wrong, verdict);
    }),
  );
  outcome.wallMs = performance.now() - started;
  outcome.cpuMsPerRequest = cpuPerRequest(cpuBefore, cpuSeconds(target.pid), count);
  return outcome;
}

function sessionFor(answer: Answer, practiceId: string): string {
  const signIn = answer.body?.data?.signIn as { accessToken?: string; viewer?: { memberships?: { practiceId: string }[] } } | undefined;
  const ok = answer.status === 200 && !answer.body?.errors && signIn?.accessToken && signIn.viewer?.memberships?.some((m) => m.practiceId === practiceId);
  return ok ? 'ok' : codeOf(answer, 'right password, no session');
}

function refusal(answer: Answer): string {
  const [error] = answer.body?.errors ?? [];
  if (error?.extensions?.code === 'UNAUTHENTICATED' && error.message === SIGN_IN_FAILED && !answer.body?.data?.signIn) return 'ok';
  return codeOf(answer, 'wrong password, no refusal');
}

function codeOf(answer: Answer, fallback: string) {
  const [error] = answer.body?.errors ?? [];
  if (error) return `${error.extensions?.code ?? 'NO_CODE'}: ${error.message}`;
  return answer.status === 200 ? fallback : `HTTP ${answer.status}`;
}

function tally(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function cpuPerRequest(before: number | undefined, after: number | undefined, requests: number) {
  return before === undefined || after === undefined || requests === 0 ? undefined : ((after - before) * 1000) / requests;
}

/** Nearest-rank percentile: with 50 samples, p99 is the slowest one. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function clip(text: string, length = 300) {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
