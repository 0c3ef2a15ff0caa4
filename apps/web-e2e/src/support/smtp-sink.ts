import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the sink received it: its envelope recipients and its raw header block, unfolded. */
export interface SunkMessage {
  to: string[];
  headers: string;
}

export interface SmtpSink {
  /** For the API's SMTP_URL. */
  url: string;
  /** Every completed message (its final dot arrived), in arrival order: never deduplicated. */
  messages: SunkMessage[];
  /** Per envelope recipient, how many completed messages were addressed to them. */
  perRecipient: Map<string, number>;
  /** Resolves once `count` messages matching `which` have arrived, or fails after `timeoutMs`. */
  waitFor(count: number, which: (message: SunkMessage) => boolean, timeoutMs?: number): Promise<SunkMessage[]>;
  close(): Promise<void>;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * A real SMTP server in the test's process, for journeys that check mail as a provider would receive it: how many
 * messages each address got, and the headers each carried. Only the header block is kept.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const perRecipient = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const end = raw.indexOf(HEADER_END);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        messages.push({ to, headers: raw.subarray(0, end < 0 ? raw.length : end).toString('utf8').replace(/\r\n(?=[ \t])/g, '') });
        for (const address of to) perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    messages,
    perRecipient,
    async waitFor(count, which, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const matching = messages.filter(which);
        if (matching.length >= count) return matching;
        if (Date.now() > until) throw new Error(`The SMTP sink received ${matching.length} of ${count} expected messages within ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One header's value from a message's unfolded header block (the first when repeated). */
export function headerOf(message: SunkMessage, name: string): string | undefined {
  const prefix = `${name.toLowerCase()}:`;
  return message.headers
    .split('\r\n')
    .find((line) => line.toLowerCase().startsWith(prefix))
    ?.slice(prefix.length)
    .trim();
}
