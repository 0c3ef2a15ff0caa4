// Issue 10's sending figure: one issue to 20,000 subscribers into the local SMTP sink, sent by Ascend's job worker
// (a process of its own, as `npm run worker` runs), beside the same 20,000 rendered messages sent by a bare
// nodemailer SMTP pool; then a second issue whose worker is killed (SIGKILL) mid-send and started again.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { type Database, root } from './ascend-process';
import { bareSend } from './bare-newsletter-sender';
import { type Session, clip, post } from './scenarios';
import { deliveryCheck, type SmtpSink } from './smtp-sink';
import { BenchFailure, OutputTail, sleep, stopProcessGroup, track, until } from './support';

const WORKER = path.join(root, 'dist/apps/api/apps/api/src/worker.js');
// Both senders get the same number of SMTP connections: Ascend holds one message per connection per round, so its
// rounds grow with them (a provider that allows 20 connections is common).
export const SEND = { subscribers: 20_000, connections: 20, killAt: 0.4 };
export const SEND_TARGET = 0.5;

export interface SendResult {
  ascendMs: number;
  bareMs: number;
  messages: number;
  killed: { sentBeforeKill: number; duplicates: number; missed: number; unexpected: number; ledgerSent: number };
}

/** The demo practice's subscribers for the send: SUBSCRIBED with a consent on record. Answers their addresses. */
export async function seedSubscribers(adminUrl: string, practiceId: string, count: number): Promise<string[]> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ email: string }>(
      `insert into subscriber (tenant_id, email, name, status, source, consent_at, consent_text, consent_source, confirmed_at)
       select $1, 'bench-reader-' || g || '@readers.example', 'Reader ' || g, 'SUBSCRIBED', 'IMPORT', now(), 'Bench consent', 'bench', now()
         from generate_series(1, $2) g
       on conflict (tenant_id, email) do update set status = 'SUBSCRIBED'
       returning email`,
      [practiceId, count],
    );
    // The demo's own subscribers receive the issue too.
    const all = await db.query<{ email: string }>(`select email from subscriber where tenant_id = $1 and status = 'SUBSCRIBED'`, [practiceId]);
    if (rows.length !== count) throw new BenchFailure(`seeded ${rows.length} of ${count} subscribers`);
    return all.rows.map((row) => row.email);
  } finally {
    await db.end();
  }
}

const CREATE = `mutation($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { id } }`;
const SEND_NOW = `mutation($id: ID!) { sendNewsletterIssueNow(id: $id) { id status recipients } }`;

const ISSUE_BODY = [
  'This week three clients told me the same thing: the week ran them, not the other way round.',
  '## One question for Monday',
  'Before you open your inbox, write down the one decision only you can make this week. Then protect two hours for it.',
  '- Name the decision',
  '- Name who needs to hear it',
  '- Name what you will stop doing to make room',
  'Reply and tell me what you wrote. I read every answer.',
].join('\n\n');

async function startSending(graphqlUrl: string, session: Session, subject: string): Promise<{ id: string; recipients: number }> {
  const headers = { authorization: `Bearer ${session.accessToken}`, 'x-practice-id': session.practiceId };
  const created = await post(graphqlUrl, JSON.stringify({ query: CREATE, variables: { input: { subject, preheader: 'One decision, two hours', body: ISSUE_BODY } } }), headers);
  const id = (created.body?.data?.createNewsletterIssue as { id?: string } | undefined)?.id;
  if (!id) throw new BenchFailure(`createNewsletterIssue failed: ${clip(created.text)}`);
  const sent = await post(graphqlUrl, JSON.stringify({ query: SEND_NOW, variables: { id } }), headers);
  const issue = sent.body?.data?.sendNewsletterIssueNow as { recipients: number } | undefined;
  if (!issue) throw new BenchFailure(`sendNewsletterIssueNow failed: ${clip(sent.text)}`);
  return { id, recipients: issue.recipients };
}

interface Worker {
  pid: number | undefined;
  kill(): void;
  stop(): Promise<void>;
}

/** `npm run worker` as built: jobs only, sharing Ascend's database, sending to the sink. */
async function startWorker(database: Database, smtpUrl: string, env: Record<string, string>): Promise<Worker> {
  const databaseUrl = database.env.DATABASE_URL ?? database.adminUrl;
  const child = track(
    spawn(process.execPath, [WORKER], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...database.env, ...env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', LOG_LEVEL: 'info', LOG_FORMAT: 'json', SMTP_URL: smtpUrl },
    }),
  );
  const tail = new OutputTail();
  let running = false;
  const watch = (line: string) => (running ||= line.includes('worker is running jobs'));
  tail.follow(child.stdout, watch);
  tail.follow(child.stderr, watch);
  if (!(await until(() => running || child.exitCode !== null, 60_000)) || !running) {
    await stopProcessGroup(child);
    throw new BenchFailure(`The job worker did not start:\n${tail}`);
  }
  return { pid: child.pid, kill: () => child.kill('SIGKILL'), stop: () => stopProcessGroup(child) };
}

async function ledger(adminUrl: string, issueId: string): Promise<{ sent: number; status: string }> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ sent: number; status: string }>(
      `select (select count(*)::int from delivery where issue_id = $1 and status = 'SENT') as sent, status from newsletter_issue where id = $1`,
      [issueId],
    );
    return rows[0];
  } finally {
    await db.end();
  }
}

export async function measureSend(
  graphqlUrl: string,
  session: Session,
  database: Database,
  sink: SmtpSink,
  workerEnv: Record<string, string>,
  step: (text: string) => void,
  problems: string[],
): Promise<SendResult> {
  const recipients = await seedSubscribers(database.adminUrl, session.practiceId, SEND.subscribers);
  const env = { ...workerEnv, NEWSLETTER_SEND_RATE: '1000000', NEWSLETTER_SMTP_CONNECTIONS: String(SEND.connections) };

  step(`newsletter: Ascend's worker sends one issue to ${recipients.length.toLocaleString('en')} subscribers`);
  let worker = await startWorker(database, sink.url, env);
  sink.clear();
  sink.keepRaw = true;
  const started = performance.now();
  const first = await startSending(graphqlUrl, session, 'Who runs your week?');
  await sink.waitFor(first.recipients, 600_000);
  const ascendMs = performance.now() - started;
  sink.keepRaw = false;
  const firstCheck = deliveryCheck(sink, recipients);
  if (firstCheck.duplicates || firstCheck.missed) problems.push(`first send: ${firstCheck.duplicates} duplicates, ${firstCheck.missed} missed`);
  const messages = sink.raw.filter((m) => m.to.every((to) => to.endsWith('@readers.example') || recipients.includes(to)));

  step(`newsletter: the bare nodemailer pool sends the same ${messages.length.toLocaleString('en')} messages`);
  sink.clear();
  const bareMs = await bareSend(sink.url, SEND.connections, messages);
  if (sink.received() !== messages.length) problems.push(`bare sender: the sink received ${sink.received()} of ${messages.length}`);

  step(`newsletter: a second issue, its worker killed (SIGKILL) at ${SEND.killAt * 100}% and started again`);
  sink.clear();
  const second = await startSending(graphqlUrl, session, 'The decision you keep postponing');
  await sink.waitFor(Math.round(second.recipients * SEND.killAt), 600_000);
  worker.kill();
  await sleep(500);
  const sentBeforeKill = sink.received();
  worker = await startWorker(database, sink.url, env);
  await sink.waitFor(second.recipients, 600_000);
  const done = await waitForSent(database.adminUrl, second.id);
  await sleep(1000);
  await worker.stop();
  const check = deliveryCheck(sink, recipients);
  if (check.duplicates || check.missed) problems.push(`killed send: ${check.duplicates} duplicates, ${check.missed} missed`);
  return { ascendMs, bareMs, messages: messages.length, killed: { sentBeforeKill, ...check, ledgerSent: done.sent } };
}

async function waitForSent(adminUrl: string, issueId: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const state = await ledger(adminUrl, issueId);
    if (state.status === 'SENT' || Date.now() > deadline) return state;
    await sleep(250);
  }
}

export function sendFigures(result: SendResult): string {
  const ascendRate = result.messages / (result.ascendMs / 1000);
  const bareRate = result.messages / (result.bareMs / 1000);
  const ratio = ascendRate / bareRate;
  const verdict = ratio >= SEND_TARGET ? 'met' : `MISSED by ${((1 - ratio / SEND_TARGET) * 100).toFixed(0)}%`;
  const k = result.killed;
  return [
    `  sending one issue to ${result.messages.toLocaleString('en')} subscribers into the local SMTP sink: Ascend ${ascendRate.toFixed(0)} msg/s ` +
      `(${(result.ascendMs / 1000).toFixed(1)} s from "send now" to the last message); bare nodemailer pool ${bareRate.toFixed(0)} msg/s; ` +
      `ratio ${ratio.toFixed(2)}x (target ≥ ${SEND_TARGET}x: ${verdict})`,
    `  killed mid-send: ${k.sentBeforeKill.toLocaleString('en')} delivered before the SIGKILL; after the restart ${k.duplicates} duplicates, ${k.missed} missed` +
      `${k.unexpected ? `, ${k.unexpected} to addresses not subscribed` : ''}; ledger ${k.ledgerSent.toLocaleString('en')} SENT`,
  ].join('\n');
}
