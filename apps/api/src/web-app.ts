import { requestId } from '@ascend/platform/operations';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { type FilledPage, pageTemplate } from './page-template';

// The practice's feeds are the server's at any Accept (feed readers often send */*, which accepts HTML).
const SERVER_ROUTES = /^\/(graphql|health|ready|webhooks|dev|feeds|calendar|unsubscribe)(\/|$)|^\/p\/[^/]+\/(feed|atom)\.xml$/;

// Public pages may be indexed; the signed-in app, token links and everything the server itself answers may not.
const ROBOTS_TXT = [
  'User-agent: *',
  'Allow: /',
  ...['/app', '/invitations', '/verify-email', '/reset-password', '/confirm-email-change', '/graphql', '/dev', '/health', '/ready', '/webhooks', '/feeds', '/calendar', '/unsubscribe', '/newsletter'].map(
    (path) => `Disallow: ${path}`,
  ),
  '',
].join('\n');

/** A practice's public address and everything under it: the slug, and the rest of the path. */
const PRACTICE_PATH = /^\/p\/([^/]*)(\/.*)?$/;
// The rule of practice addresses (the identity domain's practice-rules.ts), repeated so that this file needs no Nest.
const PRACTICE_SLUG = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

type Encoding = 'br' | 'gzip';
// The variants the web build writes beside each file (apps/web/vite-plugins/compress-assets.mts), best first.
const VARIANTS: ReadonlyArray<{ encoding: Encoding; suffix: string }> = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

interface StaticFile {
  path: string;
  variants: Partial<Record<Encoding, string>>;
}

interface Page {
  body: Buffer;
  etag: string;
}

/**
 * A page whose HTML the server fills in (title, head tags, readable content) because link previews run no
 * JavaScript; the web app takes it over once loaded. `render` answers undefined for an address with nothing to show.
 */
export interface ServerPage {
  /** An Express route pattern, e.g. /p/:practiceSlug/masterclasses/:masterclassSlug. */
  path: string;
  render(params: Record<string, string>): Promise<(FilledPage & { status: number }) | undefined>;
}

export interface WebAppOptions {
  /** Pages whose HTML the server fills in. */
  pages?: ServerPage[];
  /** Whether a practice has this well-formed address (suspended or not); without it, any well-formed one is served. */
  practiceExists?: (slug: string) => Promise<boolean>;
}

/** Whatever `use`s middleware: the Nest app in main.ts, a bare Express app in tests. */
export interface MiddlewareHost {
  use(handler: RequestHandler): unknown;
}

/**
 * Serves the built web app on the API's port. Unknown GET paths that ask for HTML get index.html, so client-side
 * routes survive a reload; server routes and missing files keep their own answers. Files go out pre-compressed
 * (brotli, else gzip) when the client accepts it; index.html is held in memory with a strong ETag. A practice's
 * public address that cannot or does not exist gets the web app's not-found page with a 404, known before it is sent.
 */
export function serveWebApp(app: MiddlewareHost, webDist: string, { pages = [], practiceExists }: WebAppOptions = {}): boolean {
  const indexHtml = join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return false;
  const files = staticFiles(webDist);
  const index = indexPages(indexHtml);
  const template = pageTemplate(index.identity.body.toString('utf8'));
  const router = express.Router();

  router.use((req: Request, res: Response, next: NextFunction) => {
    // Nest's logger sets it for the requests Nest answers; these never reach Nest.
    if (!res.getHeader('x-request-id')) res.setHeader('x-request-id', requestId(req));
    next();
  });
  router.get('/robots.txt', (_req: Request, res: Response) => {
    res.setHeader('cache-control', 'public, max-age=3600');
    res.type('text/plain').send(ROBOTS_TXT);
  });
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path);
    // A missing hashed file is a 404, never index.html: a stale chunk must fail as a script, not parse HTML.
    if (!file) return req.path.startsWith('/assets/') ? void res.sendStatus(404) : next();
    const [encoding, path] = negotiate(req, file.variants) ?? [undefined, file.path];
    if (Object.keys(file.variants).length) res.vary('accept-encoding');
    if (encoding) res.setHeader('content-encoding', encoding);
    // The type of the file, not of its compressed variant.
    res.type(extname(file.path));
    const hashed = req.path.startsWith('/assets/');
    res.sendFile(path, { maxAge: hashed ? '1y' : '1h', immutable: hashed }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  });
  router.use(practiceAddresses(practiceExists, index.identity.body));
  // A build without the places a page fills in (a hand-made index.html) serves its pages as the web app alone.
  if (template) for (const page of pages) router.get(page.path, serverPage(page, template, index.identity.body));
  router.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_ROUTES.test(req.path) || !req.accepts('html')) return next();
    const [encoding, page] = negotiate(req, index.variants) ?? [undefined, index.identity];
    res.vary('accept-encoding');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('etag', page.etag);
    if (matches(req.headers['if-none-match'], page.etag)) return void res.status(304).end();
    if (encoding) res.setHeader('content-encoding', encoding);
    res.type('html');
    res.setHeader('content-length', page.body.length);
    res.end(req.method === 'HEAD' ? undefined : page.body);
  });
  app.use(router);
  return true;
}

/**
 * `/p/<slug>/…` as the web app would show it: the address in another case is redirected to its canonical lower-case
 * form (path and query kept), and an address no practice can have, or none has, is the web app's not-found page.
 */
function practiceAddresses(practiceExists: WebAppOptions['practiceExists'], notFound: Buffer) {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_ROUTES.test(req.path) || !req.accepts('html')) return next();
    const address = PRACTICE_PATH.exec(req.path);
    if (!address) return next();
    const [, slug, rest = ''] = address;
    const missing = () => sendPage(req, res.status(404), notFound, 'no-cache');
    if (PRACTICE_SLUG.test(slug)) {
      if (!practiceExists) return next();
      practiceExists(slug).then((exists) => (exists ? next() : missing()), next);
      return;
    }
    const canonical = slug.toLowerCase();
    if (!PRACTICE_SLUG.test(canonical)) return missing();
    const query = req.originalUrl.indexOf('?');
    res.redirect(301, `/p/${canonical}${rest}${query === -1 ? '' : req.originalUrl.slice(query)}`);
  };
}

function serverPage(page: ServerPage, fill: (page: FilledPage) => string, notFound: Buffer) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.accepts('html')) return next();
    page.render(req.params as Record<string, string>).then((rendered) => {
      // Nothing to show: the web app's own "not found", with the status a crawler understands.
      if (!rendered) return void sendPage(req, res.status(404), notFound, 'no-cache');
      sendPage(req, res.status(rendered.status), Buffer.from(fill(rendered)), 'no-cache');
    }, next);
  };
}

function sendPage(req: Request, res: Response, body: Buffer, cacheControl: string) {
  res.setHeader('cache-control', cacheControl);
  res.type('html');
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Every file of the build by URL path, with its compressed variants; index.html and dot-files are served apart. */
function staticFiles(webDist: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!VARIANTS.some(({ suffix }) => name.endsWith(suffix)) && path !== join(webDist, 'index.html')) {
        const variants: StaticFile['variants'] = {};
        for (const { encoding, suffix } of VARIANTS) if (existsSync(path + suffix)) variants[encoding] = path + suffix;
        files.set(`/${relative(webDist, path).split(sep).join('/')}`, { path, variants });
      }
    }
  };
  walk(webDist);
  return files;
}

function indexPages(indexHtml: string): { identity: Page; variants: Partial<Record<Encoding, Page>> } {
  const page = (body: Buffer, tag: string): Page => ({ body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}${tag}"` });
  const variants: Partial<Record<Encoding, Page>> = {};
  for (const { encoding, suffix } of VARIANTS) {
    // Each encoding is a representation of its own, so each gets its own strong ETag.
    if (existsSync(indexHtml + suffix)) variants[encoding] = page(readFileSync(indexHtml + suffix), `-${encoding}`);
  }
  return { identity: page(readFileSync(indexHtml), ''), variants };
}

/** The best of the `variants` that Accept-Encoding allows (brotli before gzip), or undefined for the plain file. */
function negotiate<T>(req: Request, variants: Partial<Record<Encoding, T>>): [Encoding, T] | undefined {
  const header = req.headers['accept-encoding'];
  if (!header) return undefined;
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    quality.set(token.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  for (const { encoding } of VARIANTS) {
    const variant = variants[encoding];
    if (variant !== undefined && (quality.get(encoding) ?? quality.get('*') ?? 0) > 0) return [encoding, variant];
  }
  return undefined;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
