// The local SMTP sink both senders deliver to: a real SMTP server (smtp-server) that keeps, per recipient, how many
// messages arrived, and, when asked, each message's raw bytes (the bare sender replays exactly those).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  /** Messages completed (the final dot received), in all. */
  received(): number;
  /** Per recipient address, how many messages arrived. */
  perRecipient: Map<string, number>;
  /** Recipients and raw bytes of every message, while `keepRaw` is on. */
  raw: { to: string[]; message: Buffer }[];
  keepRaw: boolean;
  /** Forgets what arrived (counts and raw messages). */
  clear(): void;
  /** Resolves once `count` messages have arrived since the last clear, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let total = 0;
  const waiters = new Set<{ count: number; resolve: () => void }>();
  const sink: SmtpSink = {
    url: '',
    received: () => total,
    perRecipient: new Map(),
    raw: [],
    keepRaw: false,
    clear() {
      total = 0;
      sink.perRecipient.clear();
      sink.raw = [];
    },
    waitFor(count, timeoutMs) {
      if (total >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const waiter = { count, resolve: () => (clearTimeout(timer), resolve()) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`the SMTP sink received ${total} of ${count} messages within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    // Plenty of room: both senders open a handful of connections.
    maxClients: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => sink.keepRaw && chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        for (const address of to) sink.perRecipient.set(address, (sink.perRecipient.get(address) ?? 0) + 1);
        if (sink.keepRaw) sink.raw.push({ to, message: Buffer.concat(chunks) });
        total += 1;
        for (const waiter of waiters) {
          if (total >= waiter.count) {
            waiters.delete(waiter);
            waiter.resolve();
          }
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}

/** Duplicates (a recipient with more than one message) and the expected recipients with none. */
export function deliveryCheck(sink: SmtpSink, expected: string[]): { duplicates: number; missed: number; unexpected: number } {
  const wanted = new Set(expected);
  let duplicates = 0;
  let unexpected = 0;
  for (const [address, count] of sink.perRecipient) {
    if (!wanted.has(address)) unexpected += count;
    else if (count > 1) duplicates += count - 1;
  }
  const missed = expected.filter((address) => !sink.perRecipient.has(address)).length;
  return { duplicates, missed, unexpected };
}
