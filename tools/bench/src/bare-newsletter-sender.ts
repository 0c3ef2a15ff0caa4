/**
 * Issue 10's sending baseline, in a child process of its own (as Ascend's worker is): the same rendered messages
 * Ascend delivered (their raw bytes, as the sink received them), sent through nodemailer's SMTP pool to the same
 * sink. No database, no ledger, no rendering: only SMTP.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import { BenchFailure, OutputTail, track } from './support';

interface Job {
  smtpUrl: string;
  connections: number;
  messages: { to: string[]; message: string }[];
}

/** Sends every message and answers the milliseconds it took from the first send to the last acknowledgement. */
export async function bareSend(smtpUrl: string, connections: number, messages: { to: string[]; message: Buffer }[]): Promise<number> {
  const child = track(fork(__filename, [], { execArgv: ['-r', path.resolve(__dirname, '../../register.cjs')], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  const tail = new OutputTail();
  tail.follow(child.stdout);
  tail.follow(child.stderr);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.on('message', (answer: { ready?: boolean; ms?: number; error?: string }) => {
        if (answer.ready) {
          const job: Job = { smtpUrl, connections, messages: messages.map((m) => ({ to: m.to, message: m.message.toString('latin1') })) };
          child.send(job);
        } else if (answer.error) reject(new BenchFailure(`bare sender: ${answer.error}`));
        else if (answer.ms !== undefined) resolve(answer.ms);
      });
      child.once('exit', (code) => reject(new BenchFailure(`bare sender exited (code ${code})\n${tail}`)));
    });
  } finally {
    child.kill('SIGKILL');
  }
}

async function serve(job: Job) {
  const transport = createTransport({ url: job.smtpUrl, pool: true, maxConnections: job.connections, maxMessages: Infinity });
  const messages = job.messages.map((m) => ({ envelope: { from: 'bench@ascend.localhost', to: m.to }, raw: Buffer.from(m.message, 'latin1') }));
  const started = performance.now();
  await Promise.all(messages.map((m) => transport.sendMail(m)));
  const ms = performance.now() - started;
  transport.close();
  process.send!({ ms });
}

if (require.main === module) {
  process.on('message', (job: Job) => serve(job).catch((error: Error) => process.send!({ error: error.message })));
  process.send!({ ready: true });
}
