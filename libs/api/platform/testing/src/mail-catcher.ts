import type { AddressObject } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { extractLinks } from '@ascend/platform/mail';

export interface CaughtMail {
  /** Envelope recipients: who the SMTP server was asked to deliver to. */
  to: string[];
  /** The From header as `Name <address>`, e.g. `Ascend <no-reply@ascend.localhost>`. */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** http(s) links from the text part and from the HTML part's hrefs, in order, without repeats. */
  links: string[];
  replyTo?: string;
  /** The X-Ascend-Tag header the Mailer sets, e.g. 'verify-email'. */
  tag?: string;
  /** The files attached, as received; left out when there are none (so mail without stays comparable as it was). */
  attachments?: CaughtAttachment[];
}

export interface CaughtAttachment {
  filename: string;
  /** Without parameters, e.g. 'text/calendar'. */
  contentType: string;
  content: Buffer;
}

export interface MailCatcher {
  /** Point SMTP_URL here. Any credentials are accepted. */
  smtpUrl: string;
  messages: CaughtMail[];
  /** The first received mail that matches, waiting for it if it has not arrived yet. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  clear(): void;
  close(): Promise<void>;
}

interface Waiter {
  match: (mail: CaughtMail) => boolean;
  resolve: (mail: CaughtMail) => void;
}

/** A real SMTP server in this process on a free port, so tests read mail exactly as a provider would receive it. */
/** `port` reopens a catcher where a stopped one listened (a mail server coming back after an outage). */
export async function startMailCatcher({ port: wanted = 0 }: { port?: number } = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<Waiter>();

  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to manage, and credentials in SMTP_URL are still exercised.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A pooled client that was not closed must not hold the test run open for the default 30 seconds.
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const html = typeof parsed.html === 'string' ? parsed.html : '';
          const text = parsed.text ?? '';
          const tag = parsed.headers.get('x-ascend-tag');
          const mail: CaughtMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from ? addressText(parsed.from) : '',
            subject: parsed.subject ?? '',
            text,
            html,
            links: extractLinks(text, html),
            replyTo: parsed.replyTo ? addressText(parsed.replyTo) : undefined,
            tag: typeof tag === 'string' ? tag : undefined,
            ...(parsed.attachments.length
              ? {
                  attachments: parsed.attachments.map((file) => ({
                    filename: file.filename ?? '',
                    contentType: file.contentType,
                    content: file.content,
                  })),
                }
              : {}),
          };
          messages.push(mail);
          for (const waiter of waiters) {
            if (waiter.match(mail)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.server.address() as { port: number }).port);
    });
  });
  // The server re-emits connection errors (a client hanging up mid-session); unheard, they would crash the test
  // process. The sending side sees its own failure.
  server.on('error', () => undefined);

  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(match, timeoutMs = 5000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<CaughtMail>((resolve, reject) => {
        const waiter: Waiter = {
          match,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const received = messages.map((mail) => `"${mail.subject}" to ${mail.to.join(', ')}`);
          reject(
            new Error(
              `No matching mail within ${timeoutMs} ms; received ${received.length === 0 ? 'none' : `${received.length}: ${received.join('; ')}`}`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      messages.length = 0;
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// Written the way MAIL_FROM is, `Name <address>`, rather than the parser's quoted form, so tests can compare with the config.
function addressText(address: AddressObject | AddressObject[]): string {
  return (Array.isArray(address) ? address : [address])
    .flatMap((entry) => entry.value)
    .map(({ name, address: email }) => (name ? `${name} <${email ?? ''}>` : (email ?? '')))
    .join(', ');
}

