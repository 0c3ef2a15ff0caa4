import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DevOutbox, newMailId } from './dev-outbox';
import type { KeptAttachment, MailAttachment, OutgoingMail, SentMail } from './mail.types';

interface Smtp {
  pool: ReturnType<typeof smtpPool>;
  /** host:port, for error messages: never the credentials. */
  host: string;
  /** Kept only to blank it out of error messages. */
  password: string;
}

function smtpPool(url: string) {
  // Timeouts well under nodemailer's defaults (minutes): a dead server should fail a send, not hang it.
  return createTransport({ url, pool: true, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
}

/**
 * The one way the API sends mail. Over SMTP when SMTP_URL is set; otherwise (development only) kept in
 * the dev outbox and shown on /dev/mail.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly smtp?: Smtp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: DevOutbox,
  ) {
    const { smtpUrl } = config.mail;
    if (smtpUrl) {
      const url = new URL(smtpUrl);
      this.smtp = { pool: smtpPool(smtpUrl), host: url.host, password: decodeURIComponent(url.password) };
    }
  }

  onModuleInit() {
    if (this.config.isProduction && !this.smtp) {
      throw new Error('Mail: SMTP_URL is required in production; keeping mail for /dev/mail is for development only');
    }
  }

  onModuleDestroy() {
    this.smtp?.pool.close();
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const sentAt = new Date();
    const sent: SentMail = {
      id: newMailId(sentAt),
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      replyTo: mail.replyTo,
      tag: mail.tag,
      ...(mail.headers ? { headers: mail.headers } : {}),
      sentAt: sentAt.toISOString(),
      ...(mail.attachments?.length ? { attachments: mail.attachments.map(kept) } : {}),
    };
    if (this.smtp) return this.sendOverSmtp(sent, mail.attachments ?? [], this.smtp);
    await this.outbox.keep(sent);
    this.logger.log(`Mail to ${sent.to} "${sent.subject}" kept for /dev/mail/${sent.id}`);
    return sent;
  }

  private async sendOverSmtp(sent: SentMail, attachments: MailAttachment[], smtp: Smtp): Promise<SentMail> {
    try {
      const info = await smtp.pool.sendMail({
        from: sent.from,
        to: sent.to,
        subject: sent.subject,
        text: sent.text,
        html: sent.html,
        replyTo: sent.replyTo,
        headers: { ...sent.headers, ...(sent.tag ? { 'X-Ascend-Tag': sent.tag } : {}) },
        attachments: attachments.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
      });
      this.logger.debug(`Mail "${sent.subject}" sent as ${info.messageId}`);
      return { ...sent, messageId: info.messageId };
    } catch (error) {
      const { message, code } = error as NodeJS.ErrnoException;
      // The original error is not attached: its fields can echo the SMTP conversation, credentials included.
      const reason = smtp.password ? message.split(smtp.password).join('***') : message;
      throw new Error(`Could not send mail to ${sent.to} through SMTP server ${smtp.host}: ${reason}${code ? ` (${code})` : ''}`);
    }
  }
}

function kept({ filename, content, contentType }: MailAttachment): KeptAttachment {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { filename, contentType, size: bytes.length, contentBase64: bytes.toString('base64') };
}
