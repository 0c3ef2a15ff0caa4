// Issue 8's figures: the coach dashboard over 200 clients (and its statement count at 10, 200 and 1,000 clients), and
// clients submitting check-ins, each beside a bare node:http + pg server in the same run.
import autocannon from 'autocannon';
import { isDeepStrictEqual } from 'node:util';
import { DASHBOARD_SIZES, LOADED_SIZE } from './coaching-data';
import { clip, cpuPerRequest, OWNER, percentile, post, type ReadScenario, type Run, type Session, sqlOf, type SqlTally, type Target, type Timing } from './scenarios';
import { BenchFailure, cpuSeconds } from './support';

export const DASHBOARD_TARGET = 0.5;
export const CHECK_IN_TARGET = 0.3;
export const MAX_DASHBOARD_STATEMENTS = 6;

const DASHBOARD = `query { coachDashboard {
  clientId name status goal { statement targetDate } methodStep stepsDone recentWeeks { weekStart progress energy }
  lastCheckIn { id weekStart submittedAt acknowledged late } streakWeeks flags urgency } }`;
const SUBMIT = 'mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { id weekStart progress energy } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }';

const bearer = (accessToken: string, practiceId: string) => ({ authorization: `Bearer ${accessToken}`, 'x-practice-id': practiceId });

export function dashboardScenario(session: Session, practiceId: string): ReadScenario {
  return {
    name: `coach dashboard, ${LOADED_SIZE} clients`,
    replay: 'dashboard',
    body: JSON.stringify({ query: DASHBOARD }),
    headers: bearer(session.accessToken, practiceId),
    check: (body) => {
      const rows = body?.data?.coachDashboard as unknown[] | undefined;
      return rows?.length === LOADED_SIZE ? undefined : `${rows?.length ?? 'no'} rows instead of ${LOADED_SIZE}`;
    },
  };
}

/** The statements of one dashboard request for each practice size: they must not grow with the clients. */
export async function dashboardStatements(graphqlUrl: string, session: Session, practices: Map<number, string>): Promise<Map<number, SqlTally>> {
  const tallies = new Map<number, SqlTally>();
  for (const size of DASHBOARD_SIZES) {
    const { statements, connections } = await sqlOf(graphqlUrl, JSON.stringify({ query: DASHBOARD }), bearer(session.accessToken, practices.get(size)!));
    tallies.set(size, { statements, connections });
  }
  return tallies;
}

/** The baseline must answer exactly what Ascend answers, or the comparison means nothing. */
export async function checkSameDashboard(scenario: ReadScenario, ascendUrl: string, bareUrl: string): Promise<void> {
  const [ascend, bare] = await Promise.all([post(ascendUrl, scenario.body, scenario.headers), post(bareUrl, scenario.body, scenario.headers)]);
  if (!isDeepStrictEqual(ascend.body?.data, bare.body?.data)) {
    throw new BenchFailure(`The bare dashboard differs from Ascend's:\n  Ascend: ${clip(ascend.text)}\n  bare:   ${clip(bare.text)}`);
  }
}

export interface CheckInClient {
  clientId: string;
  accessToken: string;
}

/** Every check-in client signs in through Ascend (a few at a time: argon2 is the slow part). */
export async function signInClients(graphqlUrl: string, clients: { clientId: string; email: string }[]): Promise<CheckInClient[]> {
  const signedIn: CheckInClient[] = [];
  for (let i = 0; i < clients.length; i += 4) {
    const batch = clients.slice(i, i + 4);
    const answers = await Promise.all(batch.map((c) => post(graphqlUrl, JSON.stringify({ query: SIGN_IN, variables: { i: { email: c.email, password: OWNER.password } } }))));
    answers.forEach((answer, j) => {
      const token = (answer.body?.data?.signIn as { accessToken?: string } | undefined)?.accessToken;
      if (!token) throw new BenchFailure(`Check-in client ${batch[j].email} could not sign in: ${clip(answer.text)}`);
      signedIn.push({ clientId: batch[j].clientId, accessToken: token });
    });
  }
  return signedIn;
}

/** What one request of the rotation sends to each server: Ascend learns the client from the token, the bare server from the body. */
export function checkInRequests(practiceId: string, clients: CheckInClient[]) {
  const input = (i: number) => ({ progress: i % 11, energy: 1 + (i % 5), wins: `Delegated the weekly report (${i})` });
  return {
    ascend: (i: number) => {
      const client = clients[i % clients.length];
      return { headers: bearer(client.accessToken, practiceId), body: JSON.stringify({ query: SUBMIT, variables: { input: input(i) } }) };
    },
    bare: (i: number) => {
      const client = clients[i % clients.length];
      return { headers: {}, body: JSON.stringify({ practiceId, clientId: client.clientId, input: input(i) }) };
    },
  };
}

/** Why a check-in answer is wrong, or undefined. */
export function checkInProblem(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { data?: { submitCheckIn?: { id?: string } }; errors?: unknown[] };
    return body.errors || !body.data?.submitCheckIn?.id ? clip(text) : undefined;
  } catch {
    return clip(text);
  }
}

/** The i-th request each side gets. */
export interface RotatingRequests {
  ascend: (i: number) => { headers: Record<string, string>; body: string };
  bare: (i: number) => { headers: Record<string, string>; body: string };
}

export interface RotatingResult {
  sql: SqlTally;
  ascend: Run[];
  bare: Run[];
}

/** Warm-up on each side, then rounds in turns, as the read scenarios; every request a different client, round robin. */
export async function measureRotating(
  name: string,
  targets: { ascend: Target; bare: Target },
  requests: RotatingRequests,
  sql: SqlTally,
  timing: Timing,
  problems: string[],
  problemOf: (text: string) => string | undefined = checkInProblem,
): Promise<RotatingResult> {
  const result: RotatingResult = { sql, ascend: [], bare: [] };
  const run = (side: 'ascend' | 'bare', seconds: number, label: string) => rotate(name, targets[side], requests[side], seconds, timing, problems, label, problemOf);
  for (const side of ['ascend', 'bare'] as const) await run(side, timing.warmupSeconds, `${side} warm-up`);
  for (let round = 1; round <= timing.rounds; round++) {
    for (const side of ['ascend', 'bare'] as const) {
      result[side].push(await run(side, timing.seconds, `${side} round ${round}`));
    }
  }
  return result;
}

function rotate(
  name: string,
  target: Target,
  next: (i: number) => { headers: Record<string, string>; body: string },
  seconds: number,
  timing: Timing,
  problems: string[],
  label: string,
  problemOf: (text: string) => string | undefined,
): Promise<Run> {
  let sent = 0;
  let wrong = 0;
  let firstWrong: string | undefined;
  const latencies: number[] = [];
  const cpuBefore = cpuSeconds(target.pid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        connections: timing.connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => {
              const { headers, body } = next(sent++);
              return { ...request, headers: { ...request.headers, 'content-type': 'application/json', ...headers }, body };
            },
            onResponse: (_status, body) => {
              const problem = problemOf(body);
              if (!problem) return;
              wrong += 1;
              firstWrong ??= problem;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(new BenchFailure(`${name}, ${label}: autocannon failed: ${String(error)}`));
        const bad = result.non2xx + result.errors + result.timeouts + wrong;
        if (bad > 0) {
          problems.push(`${name}, ${label}: ${result.non2xx} non-2xx, ${result.errors} connection errors, ${result.timeouts} timeouts, ${wrong} wrong answers (first: ${firstWrong})`);
        }
        const total = result.requests.total;
        resolve({ requestsPerSecond: total / result.duration, p99Ms: percentile(latencies, 99), requests: total, cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuSeconds(target.pid), total) });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const best = (runs: Run[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

/** The issue's figures with their targets; a missed target is reported, never a failure. */
export function coachingFigures(dashboard: { ascend: Run[]; bare: Run[] } | undefined, statements: Map<number, SqlTally>, checkIns: RotatingResult | undefined): string {
  const lines = ["Issue 8's figures (each side's better round; targets are reported, not enforced)"];
  const pair = (label: string, result: { ascend: Run[]; bare: Run[] }, target: number) => {
    const a = best(result.ascend);
    const b = best(result.bare);
    const ratio = a.requestsPerSecond / b.requestsPerSecond;
    lines.push(
      `  ${label}: Ascend ${a.requestsPerSecond.toFixed(0)} req/s, p99 ${a.p99Ms.toFixed(1)} ms; bare ${b.requestsPerSecond.toFixed(0)} req/s, ` +
        `p99 ${b.p99Ms.toFixed(1)} ms; ratio ${ratio.toFixed(2)}x (target ≥ ${target}x: ${ratio >= target ? 'met' : 'MISSED'})`,
    );
  };
  if (dashboard) pair(`coach dashboard, ${LOADED_SIZE} clients`, dashboard, DASHBOARD_TARGET);
  const counts = DASHBOARD_SIZES.map((size) => statements.get(size)?.statements);
  const equal = counts.every((count) => count === counts[0]);
  const small = counts.every((count) => count !== undefined && count <= MAX_DASHBOARD_STATEMENTS);
  lines.push(
    `  dashboard statements: ${DASHBOARD_SIZES.map((size, i) => `${counts[i]} for ${size.toLocaleString('en')} clients`).join(', ')} ` +
      `(target: equal and ≤ ${MAX_DASHBOARD_STATEMENTS}: ${equal && small ? 'met' : 'MISSED'})`,
  );
  if (checkIns) pair('submitting a check-in (rotating clients)', checkIns, CHECK_IN_TARGET);
  return lines.join('\n');
}
