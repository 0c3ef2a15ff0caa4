import { escapeHtml, MAIL_STYLE } from '@ascend/platform/mail';
import { markdownToSafeHtml } from '@ascend/platform/markdown';

export interface IssueEmailIssue {
  id: string;
  subject: string;
  preheader: string;
  /** Markdown, as the coach wrote it. */
  body: string;
}

export interface IssueEmailPractice {
  name: string;
  slug: string;
  /** The practice's IANA zone: the date in the footer is the subscriber's day there. */
  timeZone: string;
}

export interface IssueEmailSite {
  /** The API's public address, e.g. https://app.ascend.example: its host names the list and the message ids. */
  publicUrl: string;
  /** The mailbox that receives `mailto:` unsubscribe requests. */
  unsubscribeMailbox: string;
}

/** One subscriber as an issue reaches them: their links are signed for them alone. */
export interface IssueRecipient {
  subscriberId: string;
  /** When they gave their consent; the footer says why they get this mail. */
  subscribedAt: Date | null;
  /** The footer link: the page unsubscribes as it opens. */
  unsubscribeUrl: string;
  /** RFC 8058 one-click target (https), for List-Unsubscribe. */
  oneClickUrl: string;
  /** The signed unsubscribe token, carried in the mailto: subject. */
  unsubscribeToken: string;
}

export interface PersonalIssueEmail {
  subject: string;
  html: string;
  text: string;
  /** List-Unsubscribe, List-Unsubscribe-Post, List-Id and X-Ascend-Tag. */
  headers: Record<string, string>;
  /** Without angle brackets: the same for a resend of the same issue to the same subscriber, so a retry is recognisable. */
  messageId: string;
}

/** The tag of every issue mail (X-Ascend-Tag); a test send is tagged apart. */
export const ISSUE_TAG = 'newsletter-issue';
export const ISSUE_TEST_TAG = 'newsletter-test';

const { brand: BRAND, ink: INK, muted: MUTED, page: PAGE, edge: EDGE, sans: SANS, serif: SERIF } = MAIL_STYLE;

const PROMISE = 'No spam, and we never sell or share your details. Leaving takes one click.';

/**
 * An issue rendered once for all its subscribers: the markdown becomes safe HTML a single time, and each
 * subscriber's mail only adds their own footer (why they get it, their unsubscribe link) and headers.
 */
export class IssueEmail {
  private readonly htmlHead: string;
  private readonly htmlTail: string;
  private readonly textHead: string;
  private readonly host: string;
  private readonly listId: string;
  private readonly dates: Intl.DateTimeFormat;

  constructor(
    private readonly issue: IssueEmailIssue,
    private readonly practice: IssueEmailPractice,
    private readonly site: IssueEmailSite,
  ) {
    this.host = new URL(site.publicUrl).hostname;
    this.listId = `${practice.slug}.newsletter.${this.host}`;
    this.dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: practice.timeZone });
    [this.htmlHead, this.htmlTail] = htmlFrame(issue, practice.name);
    this.textHead = `${practice.name}\n\n${issue.subject}\n\n${issue.body.trim()}\n\n--\n`;
  }

  /** The whole mail one subscriber receives. */
  forRecipient(recipient: IssueRecipient): PersonalIssueEmail {
    const why = this.why(recipient.subscribedAt);
    return {
      subject: this.issue.subject,
      html: `${this.htmlHead}${footerHtml(why, recipient.unsubscribeUrl)}${this.htmlTail}`,
      text: `${this.textHead}${why}\n${PROMISE}\nUnsubscribe: ${recipient.unsubscribeUrl}\n`,
      headers: {
        'List-Unsubscribe': `<${recipient.oneClickUrl}>, <mailto:${this.site.unsubscribeMailbox}?subject=unsubscribe-${recipient.unsubscribeToken}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'List-Id': `${headerPhrase(this.practice.name)} <${this.listId}>`,
        'X-Ascend-Tag': ISSUE_TAG,
      },
      messageId: `${this.issue.id}.${recipient.subscriberId}@${this.host}`,
    };
  }

  /** The preview and the test send: a sample footer, and no List-Unsubscribe (the reader is the coach, not a subscriber). */
  sample(unsubscribeUrl: string): Omit<PersonalIssueEmail, 'messageId'> {
    const why = this.why(null);
    return {
      subject: this.issue.subject,
      html: `${this.htmlHead}${footerHtml(why, unsubscribeUrl)}${this.htmlTail}`,
      text: `${this.textHead}${why}\n${PROMISE}\nUnsubscribe: ${unsubscribeUrl}\n`,
      headers: { 'List-Id': `${headerPhrase(this.practice.name)} <${this.listId}>` },
    };
  }

  private why(subscribedAt: Date | null): string {
    const on = subscribedAt ? ` on ${this.dates.format(subscribedAt)}` : '';
    return `You get this because you subscribed to ${this.practice.name}'s newsletter${on}.`;
  }
}

/** A display name safe in a header: quoted with quotes and backslashes escaped, or an RFC 2047 word beyond ASCII. */
function headerPhrase(name: string): string {
  const line = name.replace(/[\r\n]+/g, ' ');
  if (!/^[\x20-\x7e]*$/.test(line)) return `=?UTF-8?B?${Buffer.from(line, 'utf8').toString('base64')}?=`;
  return `"${line.replace(/(["\\])/g, '\\$1')}"`;
}

function htmlFrame(issue: IssueEmailIssue, practiceName: string): [string, string] {
  // Zero-width padding after the preheader stops clients from filling the preview with the body.
  const preview = issue.preheader
    ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;" aria-hidden="true">${escapeHtml(issue.preheader)}${'&#8204;&nbsp;'.repeat(40)}</div>\n`
    : '';
  const body = markdownToSafeHtml(issue.body).replace(/<a /g, `<a style="color:${BRAND};" `);
  const head = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(issue.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${PAGE};">
${preview}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${PAGE};">
<tr><td align="center" style="padding:32px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">
<tr><td style="padding:0 8px 16px;font-family:${SERIF};font-size:22px;font-weight:600;letter-spacing:0.02em;color:${BRAND};">${escapeHtml(practiceName)}</td></tr>
<tr><td style="background-color:#ffffff;border:1px solid ${EDGE};border-radius:8px;padding:32px;font-family:${SANS};font-size:16px;line-height:1.6;color:${INK};">
<h1 style="margin:0 0 16px;font-family:${SERIF};font-size:26px;line-height:1.3;font-weight:600;color:${INK};">${escapeHtml(issue.subject)}</h1>
${body}
</td></tr>
`;
  const tail = `</table>
</td></tr>
</table>
</body>
</html>
`;
  return [head, tail];
}

function footerHtml(why: string, unsubscribeUrl: string): string {
  return (
    `<tr><td style="padding:16px 8px;font-family:${SANS};font-size:13px;line-height:1.5;color:${MUTED};">` +
    `${escapeHtml(why)}<br>${escapeHtml(PROMISE)}<br>` +
    `<a href="${escapeHtml(unsubscribeUrl)}" style="color:${MUTED};">Unsubscribe</a></td></tr>\n`
  );
}
