// `npm run bench`: Ascend beside a bare node:http + pg server running the same SQL on the same database, in one
// run. Prints the figures; exits 1 only when an answer is wrong or something fails (see tools/bench/README.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { floodText, measureAliasFlood } from './alias-flood';
import { type Ascend, type Database, prepareDatabase, startAscend } from './ascend-process';
import { startBareServer } from './bare-server';
import { details, load, machine, method, statementsText, table } from './report';
import {
  clip,
  measureRead,
  measureSignIns,
  practiceScenario,
  type ReadResult,
  recordSignIns,
  type SignInResult,
  signInOwner,
  sqlOf,
  type SqlTally,
  type Timing,
  viewerTeamScenario,
} from './scenarios';
import { BenchFailure, stopAllChildren } from './support';

const READ_POOL_SIZE = 10; // Ascend's default DATABASE_POOL_SIZE
const SIGN_IN_POOL_SIZE = 5;
const SIGN_IN_COUNT = 50;

const timing: Timing = {
  warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 2),
  seconds: numberFromEnv('BENCH_SECONDS', 7),
  rounds: 2,
  connections: numberFromEnv('BENCH_CONNECTIONS', 10),
};

const started = Date.now();
const step = (text: string) => console.log(`· ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s  ${text}`);

async function main(work: string, cleanups: (() => Promise<void>)[]): Promise<string[]> {
  const problems: string[] = [];
  const database = await prepareDatabase(work);
  cleanups.push(() => database.dispose());

  step(`starting Ascend (DATABASE_POOL_SIZE=${READ_POOL_SIZE})`);
  const ascend = await startAscend(database, READ_POOL_SIZE, work);
  console.log(machine(await postgresVersion(database), database.description));
  console.log(load('at the start'));
  console.log(method(timing, SIGN_IN_COUNT));

  const session = await signInOwner(ascend.graphqlUrl);
  const scenarios = [practiceScenario(), viewerTeamScenario(session)];
  const tallies: Required<SqlTally>[] = [];
  for (const scenario of scenarios) tallies.push(await sqlOf(ascend.graphqlUrl, scenario.body, scenario.headers));
  const replays = Object.fromEntries(scenarios.map((scenario, i) => [scenario.replay, tallies[i].trace]));
  const bare = await startBareServer({ databaseUrl: database.appUrl, poolSize: READ_POOL_SIZE, replays });

  const reads: ReadResult[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    step(`${scenario.name}: ${timing.rounds} × ${timing.seconds} s on each server`);
    const targets = { ascend: { url: ascend.graphqlUrl, pid: ascend.pid }, bare: { url: `${bare.url}/replay/${scenario.replay}`, pid: bare.pid } };
    reads.push(await measureRead(scenario, targets, tallies[i], timing, problems));
  }
  await bare.stop();
  step('3,500 aliased fields in one query: refused, and alongside an ordinary query');
  const flood = await measureAliasFlood(ascend.graphqlUrl, scenarios[0].body);
  checkLog(ascend, problems);
  await ascend.stop();

  // The sign-in scenario needs a smaller pool: a second Ascend on the same database (and a second bare server).
  step(`starting Ascend (DATABASE_POOL_SIZE=${SIGN_IN_POOL_SIZE}) for ${SIGN_IN_COUNT} sign-ins at once`);
  const small = await startAscend(database, SIGN_IN_POOL_SIZE, work);
  const recorded = await recordSignIns(small.graphqlUrl);
  const smallBare = await startBareServer({ databaseUrl: database.appUrl, poolSize: SIGN_IN_POOL_SIZE, replays: {}, signIn: recorded });
  const signIns = await measureSignIns(
    { ascend: { url: small.graphqlUrl, pid: small.pid }, bare: { url: `${smallBare.url}/sign-in`, pid: smallBare.pid } },
    session.practiceId,
    recorded.tallies,
    timing.rounds,
    SIGN_IN_COUNT,
  );
  await smallBare.stop();
  checkLog(small, problems);
  await small.stop();
  problems.push(...signInProblems(signIns));

  console.log(`\n${table(reads, signIns)}\n\n${load('at the end')}\n\n${details(reads, signIns)}\n`);
  const sql = [
    ...scenarios.map((scenario, i) => ({ name: scenario.name, tally: tallies[i] })),
    { name: 'sign-in, right password', tally: recorded.tallies.succeeded },
    { name: 'sign-in, wrong password', tally: recorded.tallies.failed },
  ];
  console.log(statementsText(sql));
  console.log(`\n${floodText(flood)}`);
  return problems;
}

/**
 * An error Ascend logs is a failure even when every answer was right (a record it could not keep after a rollback
 * only shows there). Refusals such as the sign-ins' wrong passwords are answers, logged below level error.
 */
function checkLog(ascend: Ascend, problems: string[]) {
  const byMessage = new Map<string, { count: number; line: string }>();
  for (const error of ascend.errorsLogged) {
    const seen = byMessage.get(error.message) ?? { count: 0, line: error.line };
    byMessage.set(error.message, { ...seen, count: seen.count + 1 });
  }
  for (const { count, line } of byMessage.values()) problems.push(`Ascend (pool ${ascend.poolSize}) logged ${count} error(s) like: ${clip(line, 600)}`);
}

function signInProblems(result: SignInResult): string[] {
  const half = result.count / 2;
  return (['ascend', 'bare'] as const).flatMap((side) =>
    result[side]
      .filter((b) => b.sessions !== half || b.refused !== half || b.wrong.size > 0)
      .map(
        (b) =>
          `${side} sign-ins: ${b.sessions} sessions and ${b.refused} refusals of ${result.count} (expected ${half} and ${half})` +
          [...b.wrong].map(([code, count]) => `; ${count} × ${code}`).join(''),
      ),
  );
}

async function postgresVersion(database: Database): Promise<string> {
  const client = new Client({ connectionString: database.appUrl });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('show server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

async function run() {
  const work = mkdtempSync(path.join(tmpdir(), 'ascend-bench-'));
  const cleanups: (() => Promise<void>)[] = [];
  let cleaned: Promise<void> | undefined;
  // Children first (Ascend stops its PostgreSQL), then the database, then the temporary folder; once, however it ends.
  const cleanUp = () =>
    (cleaned ??= (async () => {
      await stopAllChildren();
      for (const cleanup of cleanups.reverse()) await cleanup().catch((error: Error) => console.error(`cleanup: ${error.message}`));
      rmSync(work, { recursive: true, force: true });
    })());
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      console.error(`\n${sig}: stopping Ascend, the bare server and PostgreSQL`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  let exitCode = 0;
  try {
    const problems = await main(work, cleanups);
    if (problems.length) {
      console.error(`\nFAILED: ${problems.length} wrong answer(s) or error(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
      exitCode = 1;
    }
  } catch (error) {
    console.error(`\nFAILED: ${error instanceof BenchFailure ? error.message : error instanceof Error ? error.stack : String(error)}`);
    exitCode = 1;
  } finally {
    await cleanUp();
  }
  console.log(`\nbench ${exitCode === 0 ? 'done' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(exitCode);
}

void run();
