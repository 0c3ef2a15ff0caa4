// Issue 10's figures: the public article page and the article list (HTML from the server), newsletter signups with
// rate limiting on, and sending one issue to 20,000 subscribers (newsletter-send.ts), each beside a bare baseline in
// the same run. Their Ascend serves the built web app, believes loopback's X-Forwarded-For, sends mail to the
// bench's SMTP sink, and leaves jobs to a worker process of its own (started for the send).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { type Ascend, type Database, root, startAscend } from './ascend-process';
import { startBareServer } from './bare-server';
import { measureRotating, type RotatingResult } from './coaching-scenarios';
import { PRACTICE_SLUG } from './events-data';
import { measureSend, type SendResult, sendFigures } from './newsletter-send';
import { clip, get, measureRead, type ReadResult, type ReadScenario, type Session, signInOwner, sqlOf, type SqlTally, type Timing } from './scenarios';
import { startSmtpSink } from './smtp-sink';
import { BenchFailure } from './support';

export const PAGE_TARGET = 0.5;
export const SIGNUP_TARGET = 0.3;
const POOL_SIZE = 10;
const WEB_DIST = path.join(root, 'dist/apps/web');

export interface ContentResult {
  article: ReadResult;
  list: ReadResult;
  signups: RotatingResult;
  send: SendResult;
}

export function contentMethod(): string {
  return [
    'Issue 10:   the article page and the article list as the reads above (GET, accept: text/html), the bare server running the',
    '            same statement and rendering with the same pure functions. Signups: each request a new address and a new',
    '            X-Forwarded-For address, rate limiting on; bare = one INSERT. Sending: one issue to 20,000 subscribers into the',
    "            bench's SMTP sink by Ascend's worker process, from \"send now\" to the last message; bare = the same rendered",
    '            messages (the bytes the sink received) through a nodemailer SMTP pool of as many connections.',
  ].join('\n');
}

const SUBSCRIBE = 'mutation($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { message } }';

function signupProblem(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { data?: { subscribeToNewsletter?: { message?: string } }; errors?: unknown[] };
    return body.errors || !body.data?.subscribeToNewsletter?.message ? clip(text) : undefined;
  } catch {
    return clip(text);
  }
}

/** Every signup a new address from a new client address, so that no limit is reached; the run's own prefix. */
function signupRequests() {
  const run = randomBytes(3).toString('hex');
  let n = 0;
  const next = () => {
    n += 1;
    const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const input = { practiceSlug: PRACTICE_SLUG, email: `reader-${run}-${n}@signups.example`, name: `Reader ${n}`, consent: true, source: '/p/ridgeline/articles' };
    return { ip, input };
  };
  return {
    ascend: () => {
      const { ip, input } = next();
      return { headers: { 'x-forwarded-for': ip }, body: JSON.stringify({ query: SUBSCRIBE, variables: { input } }) };
    },
    bare: () => {
      const { ip, input } = next();
      return { headers: { 'x-forwarded-for': ip }, body: JSON.stringify({ variables: { input } }) };
    },
  };
}

function pageScenario(name: string, mustHave: string[]): ReadScenario {
  return {
    name,
    replay: name,
    method: 'GET',
    body: '',
    headers: { accept: 'text/html' },
    check: (_body, text) => {
      const absent = mustHave.filter((fragment) => !text.includes(fragment));
      return absent.length ? `missing ${absent.map((a) => JSON.stringify(a)).join(', ')}` : undefined;
    },
  };
}

/** The demo practice's newest public article (the demo seeds them), with its title as the page must show it. */
async function newestArticle(adminUrl: string): Promise<{ slug: string; title: string }> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ slug: string; title: string }>(
      `select a.slug, a.title from public_article a join practice p on p.id = a.tenant_id where p.slug = $1 order by a.pub_date desc limit 1`,
      [PRACTICE_SLUG],
    );
    if (!rows[0]) throw new BenchFailure(`The demo practice ${PRACTICE_SLUG} has no public article (is DEMO_DATA on?)`);
    return rows[0];
  } finally {
    await db.end();
  }
}

async function forgetAttempts(adminUrl: string) {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    await db.query('delete from rate_limit');
  } finally {
    await db.end();
  }
}

/** Both servers must answer the same bytes or the ratio compares different work. */
async function checkSame(ascendUrl: string, bareUrl: string) {
  const [a, b] = await Promise.all([get(ascendUrl, { accept: 'text/html' }), get(bareUrl, { accept: 'text/html' })]);
  if (a.status !== 200 || b.status !== 200) throw new BenchFailure(`${ascendUrl}: Ascend answered ${a.status}, bare ${b.status}`);
  if (a.text !== b.text) throw new BenchFailure(`${ascendUrl}: Ascend and the bare server render different HTML (${a.text.length} and ${b.text.length} characters)`);
}

export async function contentScenarios(
  database: Database,
  work: string,
  timing: Timing,
  step: (text: string) => void,
  problems: string[],
  afterStart?: () => Promise<void>,
): Promise<ContentResult> {
  const sink = await startSmtpSink();
  let ascend: Ascend | undefined;
  try {
    step('starting Ascend for issue 10 (serving the web app, TRUST_PROXY=loopback, JOBS_WORKER=false, mail to the SMTP sink)');
    ascend = await startAscend(database, POOL_SIZE, work, { WEB_DIST, TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT: undefined, JOBS_WORKER: 'false', SMTP_URL: sink.url });
    await afterStart?.();
    // Earlier scenarios' sign-ins (half of them wrong passwords) count against the owner and 127.0.0.1 in the same
    // database: this Ascend runs with the attempt limit on, so it starts from an empty ledger.
    await forgetAttempts(database.adminUrl);
    const session: Session = await signInOwner(ascend.graphqlUrl);
    const article = await newestArticle(database.adminUrl);
    const articlePath = `/p/${PRACTICE_SLUG}/articles/${article.slug}`;
    const listPath = `/p/${PRACTICE_SLUG}/articles`;
    const bare = await startBareServer({
      databaseUrl: database.appUrl,
      poolSize: POOL_SIZE,
      replays: {},
      events: { practiceId: session.practiceId, indexHtml: path.join(WEB_DIST, 'index.html'), publicUrl: ascend.publicUrl },
      content: { indexHtml: path.join(WEB_DIST, 'index.html'), publicUrl: ascend.publicUrl },
    });
    try {
      const reads: ReadResult[] = [];
      for (const [name, pagePath] of [['public article page (HTML)', articlePath], ['public article list (HTML)', listPath]] as const) {
        await checkSame(`${ascend.publicUrl}${pagePath}`, `${bare.url}${pagePath}`);
        step(`${name}: ${timing.rounds} × ${timing.seconds} s on each server`);
        const targets = { ascend: { url: `${ascend.publicUrl}${pagePath}`, pid: ascend.pid }, bare: { url: `${bare.url}${pagePath}`, pid: bare.pid } };
        reads.push(await measureRead(pageScenario(name, [article.title.replace(/&/g, '&amp;')]), targets, undefined, timing, problems));
      }
      const send = await measureSend(ascend.graphqlUrl, session, database, sink, {}, step, problems);

      step(`newsletter signups (rate limiting on): ${timing.rounds} × ${timing.seconds} s on each server`);
      const requests = signupRequests();
      const first = requests.ascend();
      const sql: SqlTally = await sqlOf(ascend.graphqlUrl, first.body, first.headers);
      const targets = { ascend: { url: ascend.graphqlUrl, pid: ascend.pid }, bare: { url: `${bare.url}/subscribe`, pid: bare.pid } };
      const signups = await measureRotating('newsletter signup', targets, requests, sql, timing, problems, signupProblem);
      return { article: reads[0], list: reads[1], signups, send };
    } finally {
      await bare.stop();
    }
  } finally {
    await ascend?.stop();
    await sink.close();
  }
}

const best = (runs: { requestsPerSecond: number; p99Ms: number }[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

/** The figures with their targets; a missed target is reported (with by how much), never a failure. */
export function contentFigures(result: ContentResult): string {
  const lines = ["Issue 10's figures (each side's best round; targets are reported, not enforced)"];
  const pair = (label: string, runs: { ascend: ReadResult['ascend']; bare: ReadResult['bare'] }, target: number) => {
    const a = best(runs.ascend);
    const b = best(runs.bare);
    const ratio = a.requestsPerSecond / b.requestsPerSecond;
    const verdict = ratio >= target ? 'met' : `MISSED by ${((1 - ratio / target) * 100).toFixed(0)}%`;
    lines.push(
      `  ${label}: Ascend ${a.requestsPerSecond.toFixed(0)} req/s, p99 ${a.p99Ms.toFixed(1)} ms; bare ${b.requestsPerSecond.toFixed(0)} req/s, ` +
        `p99 ${b.p99Ms.toFixed(1)} ms; ratio ${ratio.toFixed(2)}x (target ≥ ${target}x: ${verdict})`,
    );
  };
  pair('public article page (HTML)', result.article, PAGE_TARGET);
  pair('public article list (HTML)', result.list, PAGE_TARGET);
  pair('newsletter signup, rate limiting on', result.signups, SIGNUP_TARGET);
  lines.push(sendFigures(result.send));
  return lines.join('\n');
}
