import type { AddressObject } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

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
export async function startMailCatcher(): Promise<MailCatcher> {
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
            links: linksIn(text, html),
            replyTo: parsed.replyTo ? addressText(parsed.replyTo) : undefined,
            tag: typeof tag === 'string' ? tag : undefined,
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
    server.listen(0, '127.0.0.1', () => {
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

// The mail lib has the same extraction (extractLinks); it is repeated here because the mail lib's own tests
// import this testing lib, and importing back would make the two projects depend on each other.
function linksIn(text: string, html: string): string[] {
  const found = [...text.matchAll(/https?:\/\/[^\s<>"'`]+/gi)].map((match) => match[0].replace(/[.,;:!?)\]}]+$/, ''));
  for (const match of html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const href = decodeEntities((match[1] ?? match[2] ?? match[3]).trim());
    if (/^https?:\/\//i.test(href)) found.push(href);
  }
  return [...new Set(found)];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()];
    const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
