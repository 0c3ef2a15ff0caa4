import { escapeHtml } from './escape-html';

export interface EmailLayoutInput {
  /** The preview line mail clients show after the subject; hidden in the body. */
  preheader?: string;
  heading: string;
  paragraphs: string[];
  /** The one thing the reader should do, shown as a button and as a plain link. Must be an absolute http(s) URL. */
  action?: { label: string; url: string };
  /** Further links after the action, each with its label (a registration's page, a calendar file). Absolute http(s) URLs. */
  links?: { label: string; url: string }[];
  footer?: string;
}

export interface EmailContent {
  html: string;
  text: string;
}

/**
 * The web app's palette (libs/web/ui theme) for every mail Ascend writes, this layout's and the newsletter's: white
 * on the brand teal and the slate text both pass WCAG AA.
 */
export const MAIL_STYLE = {
  brand: '#00647b',
  ink: '#17252d',
  muted: '#4a5a63',
  page: '#f3f6f7',
  edge: '#d9eaee',
  sans: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  serif: "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'Times New Roman', serif",
} as const;
const { brand: BRAND, ink: INK, muted: MUTED, page: PAGE, edge: EDGE, sans: SANS, serif: SERIF } = MAIL_STYLE;

/** Ascend's one mail layout: an accessible, inline-styled HTML part and the equivalent plain text part. */
export function emailLayout(input: EmailLayoutInput): EmailContent {
  // Anything else (javascript:, a relative path) would be a broken or dangerous button in a mail client.
  for (const { url } of [...(input.action ? [input.action] : []), ...(input.links ?? [])]) {
    if (!/^https?:\/\/\S+$/i.test(url)) throw new Error(`Email links must be absolute http(s) URLs, got "${url}"`);
  }
  return { html: html(input), text: text(input) };
}

// Each paragraph keeps its own line breaks.
const withBreaks = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

function html({ preheader, heading, paragraphs, action, links = [], footer }: EmailLayoutInput): string {
  // Zero-width padding after the preheader stops clients from filling the preview with the body.
  const preview = preheader
    ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;" aria-hidden="true">${escapeHtml(preheader)}${'&#8204;&nbsp;'.repeat(40)}</div>\n`
    : '';
  const body = paragraphs.map((paragraph) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.6;color:${INK};">${withBreaks(paragraph)}</p>`);
  if (action) {
    const href = escapeHtml(action.url);
    body.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0;"><tr><td style="border-radius:6px;background-color:${BRAND};">` +
        `<a href="${href}" style="display:inline-block;padding:12px 24px;font-family:${SANS};font-size:16px;font-weight:600;line-height:1.25;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a>` +
        `</td></tr></table>`,
      `<p style="margin:0;font-size:14px;line-height:1.6;color:${MUTED};">If the button does not work, copy this link into your browser:<br>` +
        `<a href="${href}" style="color:${BRAND};word-break:break-all;">${href}</a></p>`,
    );
  }
  if (links.length) {
    const items = links.map(
      (link) =>
        `<li style="margin:0 0 8px;font-size:15px;line-height:1.5;color:${INK};"><a href="${escapeHtml(link.url)}" style="color:${BRAND};">${escapeHtml(link.label)}</a></li>`,
    );
    body.push(`<ul style="margin:24px 0 0;padding:0 0 0 20px;">\n${items.join('\n')}\n</ul>`);
  }
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(heading)}</title>
</head>
<body style="margin:0;padding:0;background-color:${PAGE};">
${preview}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${PAGE};">
<tr><td align="center" style="padding:32px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td style="padding:0 8px 16px;font-family:${SERIF};font-size:22px;font-weight:600;letter-spacing:0.02em;color:${BRAND};">Ascend</td></tr>
<tr><td style="background-color:#ffffff;border:1px solid ${EDGE};border-radius:8px;padding:32px;font-family:${SANS};color:${INK};">
<h1 style="margin:0 0 16px;font-family:${SERIF};font-size:24px;line-height:1.3;font-weight:600;color:${INK};">${escapeHtml(heading)}</h1>
${body.join('\n')}
</td></tr>
<tr><td style="padding:16px 8px;font-family:${SANS};font-size:13px;line-height:1.5;color:${MUTED};">${footer ? `${withBreaks(footer)}<br>` : ''}Sent by Ascend.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function text({ heading, paragraphs, action, links = [], footer }: EmailLayoutInput): string {
  const parts = [heading, ...paragraphs];
  for (const link of [...(action ? [action] : []), ...links]) parts.push(`${link.label}:\n${link.url}`);
  parts.push(footer ? `--\n${footer}\nSent by Ascend.` : '--\nSent by Ascend.');
  return `${parts.join('\n\n')}\n`;
}
