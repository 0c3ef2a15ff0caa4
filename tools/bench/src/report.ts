// The printed report: one table row per scenario, then what each row rests on (every run, the sign-in answers and
// the statements one request runs).
import os from 'node:os';
import type { Burst, ReadResult, Run, SignInResult, SqlTally, Timing } from './scenarios';
import { percentile, SIGN_IN_FAILED } from './scenarios';

export function machine(postgresVersion: string, database: string): string {
  const cpus = os.cpus();
  return [
    `Machine:    ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `${os.type()} ${os.release()}, Node ${process.version}`,
    `PostgreSQL: ${postgresVersion}; ${database}`,
  ].join('\n');
}

/** Other work on the machine slows both servers, Ascend (more CPU per request) the more: say so beside the figures. */
export function load(when: string): string {
  const [oneMinute] = os.loadavg();
  const cores = os.cpus().length;
  const busy = oneMinute > cores * 0.5;
  return `Load:       ${oneMinute.toFixed(1)} (1-minute average, ${when}) on ${cores} cores${busy ? ': other work is running, so req/s and p99 are low and noisy; CPU ms per request (below) is steadier' : ''}`;
}

export function method(timing: Timing, signInCount: number): string {
  return [
    `Method:     reads: ${timing.connections} connections, ${timing.warmupSeconds} s warm-up per server, then ${timing.rounds} rounds of ${timing.seconds} s`,
    `            taking turns (Ascend, bare, Ascend, bare); each side's better round is shown (noise only slows a run down).`,
    `            Sign-ins: ${signInCount} fired at once, half with a wrong password, ${timing.rounds} bursts per server in turns; the faster is shown,`,
    `            req/s = ${signInCount} / time until the last answer. Bare = node:http + pg running the SQL Ascend ran (same statements and`,
    `            parameters, one connection from a pool of Ascend's size); ratio = Ascend req/s / bare req/s. Figures are reported, not asserted.`,
  ].join('\n');
}

/** One line of the table: a scenario's better (or best) run on each side. */
export interface Row {
  scenario: string;
  ascend: { rps: number; p99: number };
  bare: { rps: number; p99: number };
  sql: string;
}

export function table(reads: ReadResult[], signIns: SignInResult | undefined, more: Row[] = []): string {
  const rows: Row[] = reads.map((read) => ({
    scenario: read.scenario.name,
    ascend: figures(best(read.ascend)),
    bare: figures(best(read.bare)),
    sql: read.sql ? statements(read.sql) : 'not traced (a page, not GraphQL)',
  }));
  if (signIns) {
    const { succeeded, failed } = signIns.sql;
    rows.push({
      scenario: `${signIns.count} sign-ins at once (pool 5)`,
      ascend: burstFigures(fastest(signIns.ascend), signIns.count),
      bare: burstFigures(fastest(signIns.bare), signIns.count),
      sql: `${succeeded.statements} ok / ${failed.statements} refused, ${succeeded.connections} / ${failed.connections} connections`,
    });
  }
  rows.push(...more);
  const header = ['Scenario', 'Ascend req/s', 'p99 ms', 'bare req/s', 'p99 ms', 'ratio', 'SQL statements per Ascend request'];
  const lines = rows.map((row) => [
    row.scenario,
    row.ascend.rps.toFixed(0),
    row.ascend.p99.toFixed(1),
    row.bare.rps.toFixed(0),
    row.bare.p99.toFixed(1),
    `${(row.ascend.rps / row.bare.rps).toFixed(2)}x`,
    row.sql,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  // Text columns align left, figures right.
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

export function details(reads: ReadResult[], signIns: SignInResult | undefined): string {
  const out: string[] = ["Every round (req/s, p99 ms, the server process's own CPU ms per request):"];
  for (const read of reads) {
    out.push(`  ${read.scenario.name}: Ascend ${read.ascend.map(runText).join(', ')}; bare ${read.bare.map(runText).join(', ')}`);
  }
  if (signIns) {
    out.push(`  sign-ins: Ascend ${signIns.ascend.map((b) => runText(burstRun(b, signIns.count))).join(', ')}; bare ${signIns.bare.map((b) => runText(burstRun(b, signIns.count))).join(', ')}`);
    out.push('', `Sign-in answers (${signIns.count} at once, every other password wrong; pool timeout 10 s):`);
    for (const side of ['ascend', 'bare'] as const) {
      signIns[side].forEach((b, i) => out.push(`  ${side === 'ascend' ? 'Ascend' : 'bare'} burst ${i + 1}: ${burstText(b)}`));
    }
  }
  return out.join('\n');
}

export function statementsText(sql: { name: string; tally: SqlTally }[]): string {
  const out = ['Statements one Ascend request runs (x-ascend-debug: sql-trace; the bare server runs the same):'];
  for (const { name, tally } of sql) {
    out.push(`  ${name}: ${statements(tally)}`);
    for (const statement of tally.trace ?? []) out.push(`    ${oneLine(statement.sql)}`);
  }
  return out.join('\n');
}

function burstText(b: Burst): string {
  const wrong = [...b.wrong].map(([code, n]) => `${n} × ${code}`).join('; ');
  const slowest = Math.max(...b.latenciesMs);
  return (
    `${b.sessions} sessions, ${b.refused} UNAUTHENTICATED '${SIGN_IN_FAILED}', ${wrong ? `WRONG: ${wrong}` : 'no other answer'}; ` +
    `slowest ${slowest.toFixed(0)} ms${slowest >= 10_000 ? ' (waited for the pool timeout!)' : ''}`
  );
}

const best = (runs: Run[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
const fastest = (bursts: Burst[]) => bursts.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
const figures = (run: Run) => ({ rps: run.requestsPerSecond, p99: run.p99Ms });
const burstRun = (b: Burst, count: number): Run => ({
  requestsPerSecond: count / (b.wallMs / 1000),
  p99Ms: percentile(b.latenciesMs, 99),
  requests: count,
  cpuMsPerRequest: b.cpuMsPerRequest,
});
const burstFigures = (b: Burst, count: number) => figures(burstRun(b, count));
const runText = (run: Run) =>
  `${run.requestsPerSecond.toFixed(0)} / ${run.p99Ms.toFixed(1)}${run.cpuMsPerRequest === undefined ? '' : ` / ${run.cpuMsPerRequest.toFixed(2)}`}`;
export const statements = (tally: SqlTally) => `${tally.statements} (${tally.connections} connection${tally.connections === 1 ? '' : 's'})`;

function oneLine(sql: string, length = 110) {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
