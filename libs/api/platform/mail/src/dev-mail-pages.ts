import { escapeHtml } from './escape-html';
import { extractLinks, splitLinks } from './links';
import type { KeptAttachment, SentMail } from './mail.types';

/**
 * What the pages may load. The mail's HTML part inherits it inside its srcdoc frame: its inline styles and
 * images show, its scripts never run (the frame's sandbox forbids them too).
 */
export const DEV_MAIL_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
  body { margin: 0; background: #f3f6f7; color: #17252d; font: 16px/1.5 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; }
  main { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; }
  h1 { font-size: 24px; margin: 8px 0 4px; overflow-wrap: anywhere; }
  h2 { font-size: 18px; margin: 32px 0 8px; }
  a { color: #00647b; }
  .note { color: #4a5a63; font-size: 14px; margin: 0 0 24px; }
  .meta { color: #4a5a63; font-size: 14px; }
  table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d9eaee; }
  th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid #d9eaee; vertical-align: top; overflow-wrap: anywhere; }
  th { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #4a5a63; }
  .tag { display: inline-block; padding: 0 8px; border-radius: 999px; background: #d9eaee; font-size: 13px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 16px 0; }
  dt { color: #4a5a63; }
  dd { margin: 0; overflow-wrap: anywhere; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #d9eaee; padding: 16px; font: 14px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .frame { height: 640px; resize: vertical; overflow: hidden; border: 1px solid #d9eaee; background: #fff; }
  iframe { width: 100%; height: 100%; border: 0; }
  ul.links li { margin: 4px 0; overflow-wrap: anywhere; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Where the dev mail pages offer an attachment for download. */
export function attachmentPath(mailId: string, index: number): string {
  return `/dev/mail/${mailId}/attachments/${index}`;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

function attachmentList(mail: SentMail, attachments: KeptAttachment[]): string {
  const items = attachments.map(
    (file, index) =>
      `<li><a href="${escapeHtml(attachmentPath(mail.id, index))}" download="${escapeHtml(file.filename)}">${escapeHtml(file.filename)}</a> ` +
      `<span class="meta">${escapeHtml(file.contentType)}, ${size(file.size)}</span></li>`,
  );
  return `<h2>Attachments</h2>
<ul class="links">
${items.join('\n')}
</ul>`;
}

function time(sentAt: string): string {
  return `<time datetime="${escapeHtml(sentAt)}">${escapeHtml(sentAt.replace('T', ' ').slice(0, 19))} UTC</time>`;
}

export function outboxPage(mails: SentMail[], dir: string): string {
  const rows = mails.map(
    (mail) => `<tr>
<td>${time(mail.sentAt)}</td>
<td>${escapeHtml(mail.to)}</td>
<td><a href="/dev/mail/${escapeHtml(mail.id)}">${escapeHtml(mail.subject || '(no subject)')}</a></td>
<td>${mail.tag ? `<span class="tag">${escapeHtml(mail.tag)}</span>` : ''}</td>
<td>${(mail.attachments ?? []).map((file) => escapeHtml(file.filename)).join('<br>')}</td>
</tr>`,
  );
  return page(
    'Dev mail · Ascend',
    `<h1>Dev mail</h1>
<p class="note">SMTP_URL is not set, so the API keeps the mail it sends here instead of sending it (files in ${escapeHtml(dir)}). Newest first.</p>
${
  rows.length === 0
    ? '<p>No mail yet. Sign up or invite someone and the message shows up here.</p>'
    : `<table>
<thead><tr><th scope="col">Sent</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Tag</th><th scope="col">Attachments</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}`,
  );
}

export function messagePage(mail: SentMail): string {
  const headers: [string, string | undefined][] = [
    ['From', mail.from],
    ['To', mail.to],
    ['Reply-To', mail.replyTo],
    ['Tag', mail.tag],
    ['Id', mail.id],
  ];
  const links = extractLinks(mail.text, mail.html);
  const text = splitLinks(mail.text)
    .map((piece) => (piece.url ? `<a href="${escapeHtml(piece.url)}">${escapeHtml(piece.text)}</a>` : escapeHtml(piece.text)))
    .join('');
  // No allow-scripts and no allow-same-origin; links open in a new, unsandboxed tab so they behave as in a mail client.
  // The <base> goes after any doctype: anything before it would switch the frame to quirks mode.
  const frame = mail.html
    ? `<h2>HTML part</h2>
<div class="frame"><iframe title="HTML part of the mail" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(
        mail.html.replace(/^(\s*<!doctype[^>]*>)?/i, (doctype) => `${doctype}<base target="_blank">`),
      )}"></iframe></div>`
    : '';
  return page(
    `${mail.subject} · Dev mail`,
    `<p><a href="/dev/mail">← All dev mail</a></p>
<h1>${escapeHtml(mail.subject || '(no subject)')}</h1>
<dl>
${headers
  .filter(([, value]) => value)
  .map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value ?? '')}</dd>`)
  .join('\n')}
<dt>Sent</dt><dd>${time(mail.sentAt)}</dd>
</dl>
${
  links.length === 0
    ? ''
    : `<h2>Links</h2>
<ul class="links">
${links.map((link) => `<li><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></li>`).join('\n')}
</ul>`
}
${mail.attachments?.length ? attachmentList(mail, mail.attachments) : ''}
<h2>Text part</h2>
<pre>${text}</pre>
${frame}`,
  );
}
