/** A file sent with a mail, such as a masterclass's .ics. */
export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** e.g. 'text/calendar; charset=utf-8; method=PUBLISH'. */
  contentType: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** What kind of mail this is, e.g. 'verify-email' or 'invitation': sent as X-Ascend-Tag, shown on /dev/mail, matched in tests. */
  tag?: string;
  attachments?: MailAttachment[];
  /** Further headers, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058) on a newsletter. */
  headers?: Record<string, string>;
}

/** An attachment as the dev outbox keeps it: JSON holds no Buffer, so the content is base64. */
export interface KeptAttachment {
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
  contentBase64: string;
}

export interface SentMail extends Omit<OutgoingMail, 'attachments'> {
  /** Sortable by time; in development also the address of its page, /dev/mail/<id>. */
  id: string;
  from: string;
  /** ISO 8601, UTC. */
  sentAt: string;
  /** The Message-ID header, when the mail went out over SMTP. */
  messageId?: string;
  /** Left out when the mail has none. */
  attachments?: KeptAttachment[];
}
