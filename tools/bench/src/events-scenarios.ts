// Issue 9's figures: the public masterclass page under sustained load, and 2,000 registrations at once into 100
// seats, each beside a bare node:http + pg server in the same run. Their Ascend serves the built web app and takes
// its client addresses from X-Forwarded-For, as behind a proxy.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Ascend, type Database, root, startAscend } from './ascend-process';
import { startBareServer } from './bare-server';
import { EventsData } from './events-data';
import { checkSamePage, pagePath, pageScenario, publishPageMasterclass } from './masterclass-page';
import { measureRush, type RushResult, type RushRound } from './registration-rush';
import { percentile, type ReadResult, type Run, OWNER, type Timing, measureRead } from './scenarios';
import { type Row, statements } from './report';
import { BenchFailure } from './support';

export const RUSH = { count: 2000, seats: 100, rounds: 3 };
export const RUSH_TARGET = 0.3;
export const PAGE_TARGET = 0.5;
// Ascend's default DATABASE_POOL_SIZE; the bare server gets a pool of the same size.
const POOL_SIZE = 10;
const WEB_DIST = path.join(root, 'dist/apps/web');

export interface EventsResult {
  page: ReadResult;
  rush: RushResult;
}

/**
 * Ascend as it ships behind a proxy: the built web app served (the page is filled into its index.html), client
 * addresses believed from loopback's X-Forwarded-For, the attempt limit at its default, its job worker on.
 */
export function startEventsAscend(database: Database, work: string): Promise<Ascend> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) throw new BenchFailure(`${WEB_DIST}/index.html is missing: build the web app first (npx nx run web:build)`);
  return startAscend(database, POOL_SIZE, work, { WEB_DIST, TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT: undefined });
}

export function eventsMethod(): string {
  return [
    `Issue 9:    the masterclass page as the reads above (GET, accept: text/html). Registration rush: ${RUSH.count} registrations fired at`,
    `            once into ${RUSH.seats} seats, each with its own email and X-Forwarded-For address, ${RUSH.rounds} rounds per server in turns after`,
    `            a warm-up, a fresh masterclass each; reg/s = ${RUSH.count} / time until the last answer. Ascend's worker sends each`,
    `            round's ${RUSH.count} mails before the next rush starts. Bare = one INSERT per registrant, nothing else.`,
  ].join('\n');
}

export async function eventsScenarios(
  ascend: Ascend,
  database: Database,
  timing: Timing,
  step: (text: string) => void,
  problems: string[],
): Promise<EventsResult> {
  const data = await EventsData.open(database.adminUrl, OWNER.email);
  try {
    await publishPageMasterclass(data);
    const bare = await startBareServer({
      databaseUrl: database.appUrl,
      poolSize: POOL_SIZE,
      replays: {},
      events: { practiceId: data.practice.id, indexHtml: path.join(WEB_DIST, 'index.html'), publicUrl: ascend.publicUrl },
    });
    try {
      const ascendTarget = { url: `${ascend.publicUrl}${pagePath}`, pid: ascend.pid };
      await checkSamePage(ascendTarget.url, `${bare.url}${pagePath}`);
      step(`public masterclass page: ${timing.rounds} × ${timing.seconds} s on each server`);
      const page = await measureRead(pageScenario(), { ascend: ascendTarget, bare: { url: `${bare.url}${pagePath}`, pid: bare.pid } }, undefined, timing, problems);
      step(`registration rush: ${RUSH.count} at once into ${RUSH.seats} seats, ${RUSH.rounds} rounds on each server`);
      const targets = { ascend: { url: ascend.graphqlUrl, pid: ascend.pid }, bare: { url: `${bare.url}/register`, pid: bare.pid } };
      const rush = await measureRush(targets, data, RUSH, problems);
      return { page, rush };
    } finally {
      await bare.stop();
    }
  } finally {
    await data.end();
  }
}

const rate = (round: RushRound, count: number) => count / (round.wallMs / 1000);
const fastest = (rounds: RushRound[]) => rounds.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
const best = (runs: Run[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

export function rushRow(rush: RushResult): Row {
  const figures = (round: RushRound) => ({ rps: rate(round, rush.count), p99: percentile(round.latenciesMs, 99) });
  return {
    scenario: `${rush.count.toLocaleString('en')} registrations at once, ${rush.seats} seats`,
    ascend: figures(fastest(rush.ascend)),
    bare: figures(fastest(rush.bare)),
    sql: `${statements(rush.sql.confirmed)} seated / ${statements(rush.sql.waitlisted)} waitlisted`,
  };
}

export function rushDetails(rush: RushResult): string {
  const out = [`Registration rush (${rush.count} at once, ${rush.seats} seats; reg/s, p99 ms, slowest ms, the server process's own CPU ms per registration):`];
  for (const side of ['ascend', 'bare'] as const) {
    rush[side].forEach((round, i) => {
      const cpu = round.cpuMsPerRequest === undefined ? '' : `, ${round.cpuMsPerRequest.toFixed(2)} CPU ms`;
      const seated = side === 'ascend' ? `${round.confirmed} confirmed, ${round.waitlisted} waitlisted` : `${round.confirmed} inserted`;
      const wrong = [...round.wrong].map(([what, times]) => `${times} × ${what}`).join('; ');
      const mail = round.mailMs === undefined ? '' : `; its mail sent ${(round.mailMs / 1000).toFixed(1)} s after the last answer`;
      out.push(
        `  ${side === 'ascend' ? 'Ascend' : 'bare'} round ${i + 1}: ${rate(round, rush.count).toFixed(0)} reg/s, p99 ${percentile(round.latenciesMs, 99).toFixed(0)}, ` +
          `slowest ${Math.max(...round.latenciesMs).toFixed(0)}${cpu}; ${seated}${wrong ? `; WRONG: ${wrong}` : ''}${mail}`,
      );
    });
  }
  return out.join('\n');
}

/** The issue's figures with their targets; a missed target is reported (with by how much), never a failure. */
export function eventsFigures({ page, rush }: EventsResult): string {
  const verdict = (ratio: number, target: number) => `target ≥ ${target}x: ${ratio >= target ? 'met' : `MISSED by ${((1 - ratio / target) * 100).toFixed(0)}%`}`;
  const a = fastest(rush.ascend);
  const b = fastest(rush.bare);
  const rushRatio = rate(a, rush.count) / rate(b, rush.count);
  const waiting = rush.count - rush.seats;
  const right = rush.ascend.filter((round) => round.confirmed === rush.seats && round.waitlisted === waiting && round.wrong.size === 0).length;
  const errors = [...rush.ascend, ...rush.bare].reduce((sum, round) => sum + [...round.wrong.values()].reduce((s, n) => s + n, 0), 0);
  const pa = best(page.ascend);
  const pb = best(page.bare);
  const pageRatio = pa.requestsPerSecond / pb.requestsPerSecond;
  return [
    "Issue 9's figures (each side's best round; targets are reported, not enforced)",
    `  ${rush.count.toLocaleString('en')} registrations at once into ${rush.seats} seats: Ascend ${rate(a, rush.count).toFixed(0)} reg/s ` +
      `(rounds: ${rush.ascend.map((round) => rate(round, rush.count).toFixed(0)).join(', ')}); bare INSERT ${rate(b, rush.count).toFixed(0)} reg/s ` +
      `(rounds: ${rush.bare.map((round) => rate(round, rush.count).toFixed(0)).join(', ')}); ratio ${rushRatio.toFixed(2)}x (${verdict(rushRatio, RUSH_TARGET)})`,
    `    ${right} of ${rush.ascend.length} Ascend rounds exactly ${rush.seats} confirmed and ${waiting.toLocaleString('en')} waitlisted 1..${waiting} in arrival order; ` +
      `${errors} wrong answers or rows`,
    `  public masterclass page (HTML): Ascend ${pa.requestsPerSecond.toFixed(0)} req/s, p99 ${pa.p99Ms.toFixed(1)} ms; bare ${pb.requestsPerSecond.toFixed(0)} req/s, ` +
      `p99 ${pb.p99Ms.toFixed(1)} ms; ratio ${pageRatio.toFixed(2)}x (${verdict(pageRatio, PAGE_TARGET)})`,
  ].join('\n');
}
