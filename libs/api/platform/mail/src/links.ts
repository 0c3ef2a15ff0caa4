const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
// Punctuation that ends a sentence is almost never the end of a URL: "Open https://example.com/x."
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The http(s) links in a mail's text part and its HTML part's hrefs, in order, without repeats. */
export function extractLinks(text: string, html = ''): string[] {
  const found = [...text.matchAll(URL_IN_TEXT)].map((match) => match[0].replace(TRAILING_PUNCTUATION, ''));
  for (const match of html.matchAll(HREF)) {
    const href = decodeEntities((match[1] ?? match[2] ?? match[3]).trim());
    if (/^https?:\/\//i.test(href)) found.push(href);
  }
  return [...new Set(found)];
}

/** Splits text into plain pieces and http(s) URLs, so a page can escape the one and link the other. */
export function splitLinks(text: string): { text: string; url?: string }[] {
  const pieces: { text: string; url?: string }[] = [];
  let from = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ text: url, url });
    from = match.index + url.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()];
    const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
