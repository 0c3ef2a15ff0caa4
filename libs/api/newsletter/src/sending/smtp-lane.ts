import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { Readable } from 'node:stream';

/** Where to send: SMTP_URL taken apart. */
export interface SmtpServer {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
}

export function smtpServer(url: string): SmtpServer {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : {}),
  };
}

/** How an SMTP exchange ended: the server's reply, and whether trying again cannot help (a 5xx). */
export interface SmtpOutcome {
  ok: boolean;
  reply: string;
  permanent: boolean;
}

/**
 * One message on its way: the envelope and the whole body are out, the final dot is not. `held` resolves once the
 * server took MAIL, RCPT and DATA and the body went to the socket (true), or once it refused before that (false,
 * see `done`). `release` writes the dot, after which `done` tells the server's final reply; `abort` drops the
 * connection instead, so the server discards the message.
 */
export interface HeldMessage {
  held: Promise<boolean>;
  done: Promise<SmtpOutcome>;
  /** Whether `done` has already settled (a refusal, or the connection lost while held). */
  readonly finished: boolean;
  release(): void;
  abort(): void;
}

/**
 * The body of a held message. The SMTP client pipes it into its DATA stream once the server said 354, and writes
 * the terminating <CRLF>.<CRLF> only when it ends: so it pushes every byte at the first read and ends only on release.
 * The next read after the body came out means the client has taken all of it.
 */
class HeldBody extends Readable {
  private pushed = false;
  private taken = false;

  constructor(
    private readonly message: Buffer,
    private readonly onTaken: () => void,
  ) {
    super();
  }

  override _read() {
    if (!this.pushed) {
      this.pushed = true;
      this.push(this.message);
      return;
    }
    this.whenDrained();
  }

  release() {
    this.push(null);
  }

  private whenDrained() {
    if (this.taken) return;
    if (this.readableLength > 0) {
      setImmediate(() => this.whenDrained());
      return;
    }
    this.taken = true;
    this.onTaken();
  }
}

const outcomeOf = (error: (Error & { response?: string; responseCode?: number }) | null, reply?: string): SmtpOutcome => {
  if (!error) return { ok: true, reply: reply ?? '250', permanent: false };
  const response = error.response ?? error.message;
  const code = error.responseCode ?? Number(/^(\d{3})/.exec(response)?.[1] ?? 0);
  return { ok: false, reply: response.slice(0, 1000), permanent: code >= 500 && code < 600 };
};

/** One SMTP connection of a sending job, carrying one message at a time. */
export class SmtpLane {
  private connection?: SMTPConnection;
  private broken = true;

  constructor(private readonly server: SmtpServer) {}

  get usable(): boolean {
    return !this.broken;
  }

  /** Connects (again, if the last connection was lost) and signs in when SMTP_URL has credentials. */
  async open(): Promise<void> {
    if (!this.broken) return;
    const { host, port, secure, user, pass } = this.server;
    const connection = new SMTPConnection({ host, port, secure, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 });
    const lost = () => {
      if (this.connection === connection) this.broken = true;
    };
    connection.on('error', lost);
    connection.on('end', lost);
    await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())));
    if (user) {
      await new Promise<void>((resolve, reject) => connection.login({ user, pass }, (error) => (error ? reject(error) : resolve())));
    }
    this.connection = connection;
    this.broken = false;
  }

  hold(envelope: { from: string; to: string[] }, message: Buffer): HeldMessage {
    const connection = this.connection;
    if (!connection || this.broken) throw new Error('SMTP lane is not open');
    let finished = false;
    let settleHeld!: (held: boolean) => void;
    let settleDone!: (outcome: SmtpOutcome) => void;
    const held = new Promise<boolean>((resolve) => (settleHeld = resolve));
    const done = new Promise<SmtpOutcome>((resolve) => (settleDone = resolve));
    const body = new HeldBody(message, () => settleHeld(true));
    connection.send(envelope, body, (error, info) => {
      finished = true;
      // A refused or broken exchange leaves the session in doubt: the next message starts on a fresh connection.
      if (error) this.drop(connection);
      settleHeld(false);
      settleDone(outcomeOf(error, info?.response));
    });
    return {
      held,
      done,
      get finished() {
        return finished;
      },
      release: () => body.release(),
      abort: () => {
        body.destroy();
        this.drop(connection);
      },
    };
  }

  private drop(connection: SMTPConnection) {
    if (this.connection !== connection) return;
    this.broken = true;
    this.connection = undefined;
    connection.close();
  }

  close() {
    if (!this.connection) return;
    if (this.broken) this.connection.close();
    else this.connection.quit();
    this.broken = true;
    this.connection = undefined;
  }
}
