import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@ascend/platform/config';
import { IssueEmail, PersonalIssueEmail } from '../shared/issue-email';
import { SubscriberLinks } from '../shared/subscriber-links';

/** A claimed ledger row with what its mail needs. */
export interface Recipient {
  subscriberId: string;
  email: string;
  name: string;
  /** The subscriber's status now: only SUBSCRIBED is mailed. */
  status: string;
  consentAt: Date | null;
}

export interface IssueToSend {
  practiceId: string;
  issueId: string;
  practiceName: string;
  email: IssueEmail;
}

interface IssueRow {
  subject: string;
  preheader: string;
  body: string;
  status: string;
  practice_name: string;
  practice_slug: string;
  time_zone: string;
}

/** The issue and its practice, rendered once for the whole send; undefined unless it is sending. */
export async function readIssueToSend(manager: EntityManager, config: AppConfig, practiceId: string, issueId: string): Promise<IssueToSend | undefined> {
  const rows: IssueRow[] = await manager.query(
    `select i.subject, i.preheader, i.body, i.status, p.name as practice_name, p.slug as practice_slug, p.time_zone
       from newsletter_issue i join practice p on p.id = i.tenant_id
      where i.tenant_id = $1 and i.id = $2`,
    [practiceId, issueId],
  );
  const row = rows[0];
  if (!row || row.status !== 'SENDING') return undefined;
  const email = new IssueEmail(
    { id: issueId, subject: row.subject, preheader: row.preheader, body: row.body },
    { name: row.practice_name, slug: row.practice_slug, timeZone: row.time_zone },
    { publicUrl: config.publicUrl, unsubscribeMailbox: config.newsletter.unsubscribeMailbox },
  );
  return { practiceId, issueId, practiceName: row.practice_name, email };
}

/** One subscriber's mail of the issue, with their own signed links. */
export function personalMail(issue: IssueToSend, links: SubscriberLinks, recipient: Recipient): PersonalIssueEmail {
  const ref = { practiceId: issue.practiceId, subscriberId: recipient.subscriberId };
  return issue.email.forRecipient({
    subscriberId: recipient.subscriberId,
    subscribedAt: recipient.consentAt,
    unsubscribeUrl: links.unsubscribeUrl(ref),
    oneClickUrl: links.oneClickUrl(ref),
    unsubscribeToken: links.token('unsubscribe', ref),
  });
}

/** The sender's address out of MAIL_FROM (`Name <address>` or a bare address): the envelope's and the From header's. */
export function senderAddress(mailFrom: string): string {
  const [first] = addressparser(mailFrom, { flatten: true });
  if (!first?.address) throw new Error(`MAIL_FROM has no address: "${mailFrom}"`);
  return first.address;
}

/** The RFC 822 bytes of one subscriber's mail: From names the practice, at Ascend's sending address. */
export function rawMessage(issue: IssueToSend, from: string, recipient: Recipient, mail: PersonalIssueEmail): Promise<Buffer> {
  return new MailComposer({
    from: { name: issue.practiceName, address: from },
    to: recipient.name ? { name: recipient.name, address: recipient.email } : recipient.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // Already in header form (ASCII, well under the line limit): nodemailer would otherwise encode quoted names.
    headers: Object.fromEntries(Object.entries(mail.headers).map(([key, value]) => [key, { prepared: true, value }])),
    messageId: `<${mail.messageId}>`,
    date: new Date(),
  })
    .compile()
    .build();
}
