export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** What kind of mail this is, e.g. 'verify-email' or 'invitation': sent as X-Ascend-Tag, shown on /dev/mail, matched in tests. */
  tag?: string;
}

export interface SentMail extends OutgoingMail {
  /** Sortable by time; in development also the address of its page, /dev/mail/<id>. */
  id: string;
  from: string;
  /** ISO 8601, UTC. */
  sentAt: string;
  /** The Message-ID header, when the mail went out over SMTP. */
  messageId?: string;
}
