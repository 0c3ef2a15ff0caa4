// `npm run bench`: Ascend beside a bare node:http + pg server running the same SQL on the same database, in one
// run. Prints the figures; exits 1 only when an answer is wrong or something fails (see tools/bench/README.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { floodText, measureAliasFlood } from './alias-flood';
import { DASHBOARD_SIZES, LOADED_SIZE, seedCoaching } from './coaching-data';
import { checkInRequests, checkSameDashboard, coachingFigures, dashboardScenario, dashboardStatements, measureRotating, signInClients } from './coaching-scenarios';
import { type Database, loggedProblems, prepareDatabase, startAscend } from './ascend-process';
import { startBareServer } from './bare-server';
import { eventsFigures, eventsMethod, eventsScenarios, rushDetails, rushRow, startEventsAscend } from './events-scenarios';
import { contentFigures, contentMethod, contentScenarios } from './content-scenarios';
import { details, load, machine, method, statementsText, table } from './report';
import {
  measureRead,
  measureSignIns,
  OWNER,
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
const CHECK_IN_CLIENTS = 100;
/**
 * `npm run bench -- dashboard`: only issue 8's scenarios (the dashboard and check-ins); `-- registration-rush`: only
 * issue 9's; `-- content`: only issue 10's (article pages, signups, sending a newsletter issue).
 */
const only = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
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
  const runs = (name: string) => only === undefined || only === name;
  const platform = runs('dashboard') ? await platformAndCoaching(database, work, problems) : undefined;
  const events = runs('registration-rush') ? await issue9(database, work, problems, !platform) : undefined;
  const content = runs('content') ? await issue10(database, work, problems, !platform && !events) : undefined;

  const reads = [...(platform?.reads ?? []), ...(events ? [events.page] : []), ...(content ? [content.article, content.list] : [])];
  const signIns = platform?.signIns?.result;
  console.log(`\n${table(reads, signIns, events ? [rushRow(events.rush)] : [])}\n\n${load('at the end')}\n\n${details(reads, signIns)}\n`);
  if (events) console.log(`${rushDetails(events.rush)}\n`);
  if (platform) console.log(`${coachingFigures(platform.dashboard, platform.dashboardSql, platform.submitted)}\n`);
  if (events) console.log(`${eventsFigures(events)}\n`);
  if (content) console.log(`${contentFigures(content)}\n`);
  const eventsSql = events
    ? [
        { name: 'registering, seated (the bare server: one INSERT)', tally: events.rush.sql.confirmed },
        { name: 'registering, waitlisted (the bare server: one INSERT)', tally: events.rush.sql.waitlisted },
      ]
    : [];
  const contentSql = content ? [{ name: 'newsletter signup (the bare server: one INSERT)', tally: content.signups.sql }] : [];
  console.log(statementsText([...(platform?.sql ?? []), ...eventsSql, ...contentSql]));
  if (platform?.flood) console.log(`\n${floodText(platform.flood)}`);
  return problems;
}

/** Printed once, when the first Ascend has started (it starts the embedded PostgreSQL). */
async function header(database: Database) {
  console.log(machine(await postgresVersion(database), database.description));
  console.log(load('at the start'));
  if (only === undefined || only === 'dashboard') console.log(method(timing, SIGN_IN_COUNT));
  if (only === undefined || only === 'registration-rush') console.log(eventsMethod());
  if (only === undefined || only === 'content') console.log(contentMethod());
}

/** The platform's scenarios (reads, sign-ins, the oversized query) and issue 8's (the coach dashboard, check-ins). */
async function platformAndCoaching(database: Database, work: string, problems: string[]) {
  step(`starting Ascend (DATABASE_POOL_SIZE=${READ_POOL_SIZE})`);
  const ascend = await startAscend(database, READ_POOL_SIZE, work);
  await header(database);

  const session = await signInOwner(ascend.graphqlUrl);
  step(`coaching data: practices of ${DASHBOARD_SIZES.join(', ')} clients with 12 weeks of check-ins, ${CHECK_IN_CLIENTS} clients who check in`);
  const coaching = await seedCoaching(database.adminUrl, OWNER.email, CHECK_IN_CLIENTS);
  const dashboard = dashboardScenario(session, coaching.dashboards.get(LOADED_SIZE)!);
  const scenarios = [...(only === 'dashboard' ? [] : [practiceScenario(), viewerTeamScenario(session)]), dashboard];
  const tallies: Required<SqlTally>[] = [];
  for (const scenario of scenarios) tallies.push(await sqlOf(ascend.graphqlUrl, scenario.body, scenario.headers));
  const replays = Object.fromEntries(scenarios.map((scenario, i) => [scenario.replay, tallies[i].trace]));
  const dashboardSql = await dashboardStatements(ascend.graphqlUrl, session, coaching.dashboards);
  const checkInClients = await signInClients(ascend.graphqlUrl, coaching.checkIns.clients);
  const checkIns = checkInRequests(coaching.checkIns.practiceId, checkInClients);
  const first = checkIns.ascend(0);
  const checkInSql = await sqlOf(ascend.graphqlUrl, first.body, first.headers);
  const bare = await startBareServer({ databaseUrl: database.appUrl, poolSize: READ_POOL_SIZE, replays, dashboard: replays.dashboard, checkIns: true });
  await checkSameDashboard(dashboard, ascend.graphqlUrl, `${bare.url}/dashboard`);

  const reads: ReadResult[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    step(`${scenario.name}: ${timing.rounds} × ${timing.seconds} s on each server`);
    const bareUrl = scenario === dashboard ? `${bare.url}/dashboard` : `${bare.url}/replay/${scenario.replay}`;
    const targets = { ascend: { url: ascend.graphqlUrl, pid: ascend.pid }, bare: { url: bareUrl, pid: bare.pid } };
    reads.push(await measureRead(scenario, targets, tallies[i], timing, problems));
  }
  step(`submitting check-ins, ${checkInClients.length} clients in turn: ${timing.rounds} × ${timing.seconds} s on each server`);
  const checkInTargets = { ascend: { url: ascend.graphqlUrl, pid: ascend.pid }, bare: { url: `${bare.url}/check-in`, pid: bare.pid } };
  const submitted = await measureRotating('submitting a check-in', checkInTargets, checkIns, checkInSql, timing, problems);
  await bare.stop();
  const flood = only === 'dashboard' ? undefined : (step('3,500 aliased fields in one query: refused, and alongside an ordinary query'), await measureAliasFlood(ascend.graphqlUrl, scenarios[0].body));
  problems.push(...loggedProblems(ascend));
  await ascend.stop();

  const signIns = only === 'dashboard' ? undefined : await signInScenario(database, work, session, problems);
  const sql = [
    ...scenarios.map((scenario, i) => ({ name: scenario.name, tally: tallies[i] })),
    ...DASHBOARD_SIZES.map((size) => ({ name: `coach dashboard, ${size} clients`, tally: dashboardSql.get(size)! })),
    { name: 'submitting a check-in', tally: checkInSql },
    ...(signIns
      ? [
          { name: 'sign-in, right password', tally: signIns.recorded.tallies.succeeded },
          { name: 'sign-in, wrong password', tally: signIns.recorded.tallies.failed },
        ]
      : []),
  ];
  return { reads, dashboard: reads.at(-1), dashboardSql, submitted, signIns, sql, flood };
}

/** Issue 9: the public masterclass page and the registration rush, on an Ascend of their own. */
async function issue9(database: Database, work: string, problems: string[], first: boolean) {
  step('starting Ascend for issue 9 (serving the web app, TRUST_PROXY=loopback)');
  const ascend = await startEventsAscend(database, work);
  if (first) await header(database);
  const result = await eventsScenarios(ascend, database, timing, step, problems);
  problems.push(...loggedProblems(ascend));
  await ascend.stop();
  return result;
}

/** Issue 10: article pages, signups and sending an issue, on an Ascend of their own. */
async function issue10(database: Database, work: string, problems: string[], first: boolean) {
  return contentScenarios(database, work, timing, step, problems, first ? () => header(database) : undefined);
}

/** The sign-in scenario needs a smaller pool: a second Ascend on the same database (and a second bare server). */
async function signInScenario(database: Database, work: string, session: { practiceId: string }, problems: string[]) {
  step(`starting Ascend (DATABASE_POOL_SIZE=${SIGN_IN_POOL_SIZE}) for ${SIGN_IN_COUNT} sign-ins at once`);
  const small = await startAscend(database, SIGN_IN_POOL_SIZE, work);
  const recorded = await recordSignIns(small.graphqlUrl);
  const smallBare = await startBareServer({ databaseUrl: database.appUrl, poolSize: SIGN_IN_POOL_SIZE, replays: {}, signIn: recorded });
  const result = await measureSignIns(
    { ascend: { url: small.graphqlUrl, pid: small.pid }, bare: { url: `${smallBare.url}/sign-in`, pid: smallBare.pid } },
    session.practiceId,
    recorded.tallies,
    timing.rounds,
    SIGN_IN_COUNT,
  );
  await smallBare.stop();
  problems.push(...loggedProblems(small));
  await small.stop();
  problems.push(...signInProblems(result));
  return { result, recorded };
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
