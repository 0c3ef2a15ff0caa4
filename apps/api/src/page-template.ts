import { escapeHtml } from '@ascend/platform/mail';

/** What a server page puts into the web app's HTML. */
export interface FilledPage {
  title: string;
  head: string;
  body: string;
}

/**
 * index.html cut once around its title, description and root element, for pages the server fills in; undefined
 * when it lacks one of them. The benchmark's bare server uses it too, so both answer the same bytes.
 */
export function pageTemplate(indexHtml: string): ((page: FilledPage) => string) | undefined {
  const withoutDescription = indexHtml.replace(/\s*<meta name="description"[^>]*>/, '');
  const [beforeTitle, afterTitle] = withoutDescription.split(/<title>[^<]*<\/title>/);
  const [head, rest] = afterTitle?.split('</head>') ?? [];
  const [beforeRoot, afterRoot] = rest?.split('<div id="root"></div>') ?? [];
  if (afterRoot === undefined) return undefined;
  return (page) =>
    `${beforeTitle}<title>${escapeHtml(page.title)}</title>\n    ${page.head}${head}</head>${beforeRoot}<div id="root">${page.body}</div>${afterRoot}`;
}
