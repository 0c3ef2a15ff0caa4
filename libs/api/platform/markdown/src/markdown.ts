import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// What a description may keep: text structure, emphasis, links and lists. No images, scripts, styles or frames.
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'hr', 'strong', 'em', 'del', 'blockquote', 'ul', 'ol', 'li', 'a', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings in a description sit under the page's own title.
  transformTags: {
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

/** Markdown written by a practice's team, as HTML safe to put in any page or mail. */
export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, { ...ALLOWED, allowedAttributes: { a: ['href', 'title', 'rel', 'target'] } });
}

/** The text of the markdown without markup, cut at a word near `max` characters: meta descriptions and previews. */
export function markdownSummary(markdown: string, max = 200): string {
  // A heading or list item ends a sentence of its own, so "Agenda" and its first point do not run together.
  const html = marked.parse(markdown, { async: false }).replace(/([^.!?:;\s])\s*<\/(h[1-6]|li)>/g, '$1.</$2>');
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).trimEnd()}…`;
}
