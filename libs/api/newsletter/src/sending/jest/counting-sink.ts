import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the sink received in full (its final dot came), with its raw header block unfolded. */
export interface SunkMessage {
  to: string[];
  headers: string;
}

export interface CountingSink {
  smtpUrl: string;
  /** Completed SMTP transactions, one per message, in arrival order: never deduplicated. */
  messages: SunkMessage[];
  /** Per envelope recipient, how many completed messages were addressed to them. */
  perRecipient: Map<string, number>;
  close(): Promise<void>;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * An SMTP sink that counts messages per recipient as fast as they come: it keeps only each message's header block,
 * read from the raw bytes (no MIME parsing). A message counts once its final dot arrived; one cut off by a dying
 * sender is discarded, as a real server discards it. `refuse` answers 550 with its reason to the addresses it names.
 */
export async function startCountingSink({
  refuse,
  beforeReply,
}: {
  refuse?: (address: string) => string | undefined;
  /** Runs as each message is counted, before the server's reply to it goes out. */
  beforeReply?: (received: number) => void;
} = {}): Promise<CountingSink> {
  const messages: SunkMessage[] = [];
  const perRecipient = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    maxClients: 200,
    onRcptTo(address, _session, callback) {
      const reason = refuse?.(address.address.toLowerCase());
      if (!reason) return callback();
      callback(Object.assign(new Error(reason), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      let head = Buffer.alloc(0);
      let complete = false;
      stream.on('data', (chunk: Buffer) => {
        if (complete) return;
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf(HEADER_END);
        if (end >= 0) {
          head = head.subarray(0, end);
          complete = true;
        }
      });
      // A sender that dies mid-message leaves the stream destroyed, never ended.
      stream.on('error', () => undefined);
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        messages.push({ to, headers: head.toString('utf8').replace(/\r\n(?=[ \t])/g, '') });
        for (const address of to) perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1);
        beforeReply?.(messages.length);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    messages,
    perRecipient,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One header's value from an unfolded header block. */
export function headerValue(headers: string, name: string): string | undefined {
  const line = headers.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
