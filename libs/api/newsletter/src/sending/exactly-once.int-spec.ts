import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@ascend/platform/testing';
import { CountingSink, headerValue, startCountingSink } from './jest/counting-sink';
import { addIssue, addReaders, startIssue } from './jest/readers';

const ROOT = join(__dirname, '../../../../..');
const READERS = 2000;

interface Worker {
  child: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

function startWorker(db: TestDatabase, smtpUrl: string): Worker {
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'libs/api/newsletter/src/sending/jest/send-worker.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TEST_APP_URL: db.appUrl,
      TEST_OWNER_URL: db.ownerUrl,
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'https://app.ascend.example',
      NEWSLETTER_SEND_RATE: '1500',
      NEWSLETTER_SMTP_CONNECTIONS: '5',
      JOBS_POLL_INTERVAL_MS: '100',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string, worker?: Worker) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (worker && worker.child.exitCode !== null) throw new Error(`the worker exited while waiting for ${what}:\n${worker.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${worker ? `:\n${worker.output()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('sending an issue exactly once, through a SIGKILL of its sender', () => {
  let db: TestDatabase;
  let sink: CountingSink;
  const workers: Worker[] = [];

  // The sender is killed as the sink counts the message that makes 30%, before the sink answers it: a round is then
  // committed, its dots written and its replies outstanding.
  let killAt: { count: number; worker: Worker } | undefined;

  beforeAll(async () => {
    const beforeReply = (received: number) => {
      if (killAt && received >= killAt.count && killAt.worker.child.exitCode === null) killAt.worker.child.kill('SIGKILL');
    };
    [db, sink] = await Promise.all([createTestDatabase(), startCountingSink({ beforeReply })]);
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await sink.close();
    await db.drop();
  });

  it('delivers to each of 2,000 subscribers exactly once, with the unsubscribe headers', async () => {
    const practiceId = randomUUID();
    await db.query(`insert into practice (id, slug, name, time_zone) values ($1, $2, 'Harbour Coaching', 'Europe/London')`, [practiceId, `harbour-${practiceId.slice(0, 8)}`]);
    const readers = await addReaders({ db }, practiceId, READERS, 'kill.example');
    const issueId = await addIssue({ db }, practiceId, { subject: 'Who runs your week?' });
    // Mid-send with its ledger, as sendNewsletterIssueNow leaves it: the worker finds it as it starts.
    expect(await startIssue({ db }, practiceId, issueId)).toBe(READERS);

    const first = startWorker(db, sink.smtpUrl);
    workers.push(first);
    killAt = { count: READERS * 0.3, worker: first };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, 60_000)));
    await Promise.race([first.exited, timedOut]);
    clearTimeout(timer);
    killAt = undefined;
    // Killed by the sink at 30%, not exited on its own (nor still running after a minute).
    expect({ signal: first.child.signalCode, output: first.child.signalCode ? '' : first.output() }).toEqual({ signal: 'SIGKILL', output: '' });
    const beforeKill = sink.messages.length;
    expect(beforeKill).toBeLessThan(READERS);

    const second = startWorker(db, sink.smtpUrl);
    workers.push(second);
    const status = async () => (await db.query<{ status: string }>(`select status from newsletter_issue where id = $1`, [issueId]))[0].status;
    await until(async () => (await status()) === 'SENT', 60_000, 'the issue to be sent', second);

    const counts = readers.map((address) => sink.perRecipient.get(address) ?? 0);
    expect({ duplicates: counts.filter((n) => n > 1).length, missed: counts.filter((n) => n === 0).length, messages: sink.messages.length }).toEqual({
      duplicates: 0,
      missed: 0,
      messages: READERS,
    });
    expect(await db.query(`select status, count(*)::int as n from delivery where issue_id = $1 group by status`, [issueId])).toEqual([{ status: 'SENT', n: READERS }]);
    expect(await db.query(`select sent_count, failed_count from newsletter_issue where id = $1`, [issueId])).toEqual([{ sent_count: READERS, failed_count: 0 }]);
    for (const { headers } of sink.messages) {
      expect(headerValue(headers, 'List-Unsubscribe')).toMatch(/^<https:\/\/app\.ascend\.example\/newsletter\/unsubscribe\/[^>]+>, <mailto:unsubscribe@app\.ascend\.example\?subject=unsubscribe-[^>]+>$/);
      expect(headerValue(headers, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
    process.stdout.write(`exactly once: ${beforeKill} of ${READERS} delivered before SIGKILL, ${READERS - beforeKill} after the restart\n`);
  }, 120_000);
});
