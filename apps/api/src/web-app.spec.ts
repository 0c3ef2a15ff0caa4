import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { serveWebApp, type ServerPage } from './web-app';

const INDEX = '<!doctype html><html><head><title>Ascend</title></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('Ascend '.repeat(200))});`;

/** A server page that knows one masterclass; its content stands for what the real page renders. */
const masterclassPage: ServerPage = {
  path: '/p/:practiceSlug/masterclasses/:masterclassSlug',
  render: async ({ practiceSlug, masterclassSlug }) =>
    practiceSlug === 'ridgeline' && masterclassSlug === 'known'
      ? { status: 200, title: 'Leading & letting go', head: '<meta property="og:title" content="Leading" />', body: '<main><h1>Leading</h1></main>' }
      : undefined,
};

/** The practices the database would know; every question asked is kept, to see which requests ask one. */
const asked: string[] = [];
const practiceExists = async (slug: string) => {
  asked.push(slug);
  if (slug === 'unreachable') throw new Error('the database is down');
  return slug === 'ridgeline' || slug === 'north-star-2';
};

let dist: string;
let server: Server;
let port: number;

/** A web build as the Vite build writes it: hashed assets with .br and .gz beside them, and a file without. */
function writeDist(dir: string) {
  mkdirSync(join(dir, 'assets'));
  const withVariants = (path: string, content: string) => {
    writeFileSync(path, content);
    writeFileSync(`${path}.br`, brotliCompressSync(content));
    writeFileSync(`${path}.gz`, gzipSync(content));
  };
  withVariants(join(dir, 'index.html'), INDEX);
  withVariants(join(dir, 'assets/index-AbC123.js'), SCRIPT);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'ascend-web-app-'));
  writeDist(dist);
  const app = express();
  expect(serveWebApp(app, dist, { pages: [masterclassPage], practiceExists })).toBe(true);
  // The practice's feeds, which the API answers after the web app has had its look at the request.
  for (const feed of ['feed.xml', 'atom.xml']) app.get(`/p/:slug/${feed}`, (req, res) => void res.type('xml').send(`<feed>${String(req.params.slug)}</feed>`));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// node:http rather than fetch, which would ask for and undo compression by itself.
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hashed assets', () => {
  it('sends brotli to a browser that accepts it, whatever the order it lists encodings in', async () => {
    const answer = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is not accepted', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip;q=0.8', 'deflate, gzip']) {
      const answer = await get('/assets/index-AbC123.js', { 'accept-encoding': acceptEncoding });

      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(gunzipSync(answer.body).toString()).toBe(SCRIPT);
    }
  });

  it('sends the plain file, still varying on Accept-Encoding, when nothing compressed is accepted', async () => {
    const cases: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of cases) {
      const answer = await get('/assets/index-AbC123.js', headers);

      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.body.toString()).toBe(SCRIPT);
    }
  });

  it('answers a missing asset with 404, not with the app page', async () => {
    const answer = await get('/assets/index-Gone99.js', { accept: 'text/html', 'accept-encoding': 'br' });

    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain('<html');
  });

  it('does not serve the compressed variants as files of their own', async () => {
    const answer = await get('/assets/index-AbC123.js.br', { accept: '*/*' });

    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.status).toBe(404);
  });
});

describe('other files', () => {
  it('serves a file without variants as it is, cached for an hour', async () => {
    const answer = await get('/favicon.svg', { 'accept-encoding': 'br, gzip' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/svg+xml');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['cache-control']).toBe('public, max-age=3600');
  });
});

describe('index.html', () => {
  it('answers client routes with the app page, revalidated on every use', async () => {
    const answer = await get('/p/ridgeline', { accept: 'text/html' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(answer.body.toString()).toBe(INDEX);
  });

  it('sends the page compressed, with an ETag of its own per encoding', async () => {
    const plain = await get('/', { accept: 'text/html' });
    const br = await get('/', { accept: 'text/html', 'accept-encoding': 'gzip, br' });
    const gzip = await get('/', { accept: 'text/html', 'accept-encoding': 'gzip' });

    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(INDEX);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(INDEX);
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);
  });

  it('answers 304 without a body when the browser has the page already', async () => {
    const first = await get('/sign-in', { accept: 'text/html', 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;

    const again = await get('/sign-in', { accept: 'text/html', 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');

    const listed = await get('/', { accept: 'text/html', 'accept-encoding': 'br', 'if-none-match': `"other", W/${etag}` });
    expect(listed.status).toBe(304);
  });

  it('sends the page again when the ETag is of another version or encoding', async () => {
    const br = await get('/', { accept: 'text/html', 'accept-encoding': 'br' });

    const plain = await get('/', { accept: 'text/html', 'if-none-match': br.headers.etag as string });
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toBe(INDEX);
    const stale = await get('/', { accept: 'text/html', 'if-none-match': '"an-older-build"' });
    expect(stale.status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const answer = await get('/', { accept: 'text/html' }, 'HEAD');

    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(answer.body.length).toBe(0);
  });

  it('leaves server routes and requests that do not ask for HTML alone', async () => {
    expect((await get('/graphql', { accept: 'text/html' })).status).toBe(404);
    expect((await get('/dev/mail', { accept: 'text/html' })).status).toBe(404);
    expect((await get('/p/ridgeline', { accept: 'application/json' })).status).toBe(404);
  });

  it("leaves a practice's feeds to the server whatever the reader accepts (many send */*)", async () => {
    for (const feed of ['/p/ridgeline/feed.xml', '/p/ridgeline/atom.xml']) {
      for (const accept of ['*/*', 'text/html']) {
        const answer = await get(feed, { accept });
        expect([answer.status, answer.body.toString()]).toEqual([200, '<feed>ridgeline</feed>']);
      }
    }
    expect((await get('/p/ridgeline/feed.xml.bak', { accept: 'text/html' })).status).toBe(200);
  });
});

describe("a practice's public address", () => {
  const html = { accept: 'text/html' };
  beforeEach(() => void (asked.length = 0));

  it('redirects an address in another case to its lower-case form, keeping the rest of the path and the query', async () => {
    const cases: [string, string][] = [
      ['/p/Ridgeline', '/p/ridgeline'],
      ['/p/RIDGELINE/', '/p/ridgeline/'],
      ['/p/North-Star-2/masterclasses/Leading?ref=Mail&utm_source=x', '/p/north-star-2/masterclasses/Leading?ref=Mail&utm_source=x'],
      ['/p/Nowhere-Known/articles', '/p/nowhere-known/articles'],
    ];
    for (const [path, canonical] of cases) {
      const answer = await get(path, html);
      expect([path, answer.status, answer.headers.location]).toEqual([path, 301, canonical]);
    }
    expect(asked).toEqual([]);
  });

  it('answers an address no practice can have with the web app and a 404, asking nothing of the database', async () => {
    for (const slug of ['ridge_line', 'Ridge_Line', 'ab', '-ridge', 'ridge-', 'ridge--line', 'x'.repeat(64), 'ridge%20line', 'ridg%C3%A9', 'R%C3%89SEAU', '']) {
      for (const path of [`/p/${slug}`, `/p/${slug}/articles`]) {
        const answer = await get(path, html);
        expect([path, answer.status, answer.headers['content-type'], answer.body.toString()]).toEqual([path, 404, 'text/html; charset=utf-8', INDEX]);
        expect(answer.headers['cache-control']).toBe('no-cache');
      }
    }
    expect(asked).toEqual([]);
  });

  it('answers an address no practice has with the web app and a 404, whatever page under it is asked for', async () => {
    for (const path of ['/p/nowhere', '/p/nowhere/articles/some-article', '/p/nowhere/masterclasses/known']) {
      const answer = await get(path, html);
      expect([path, answer.status, answer.body.toString()]).toEqual([path, 404, INDEX]);
    }
    expect((await get('/p/nowhere', html, 'HEAD')).status).toBe(404);
    expect(asked).toEqual(['nowhere', 'nowhere', 'nowhere', 'nowhere']);
  });

  it("serves a known practice's pages as before", async () => {
    for (const path of ['/p/ridgeline', '/p/north-star-2/articles', '/p/ridgeline/masterclasses/known']) {
      const answer = await get(path, html);
      expect([path, answer.status]).toEqual([path, 200]);
    }
    expect(asked).toEqual(['ridgeline', 'north-star-2', 'ridgeline']);
  });

  it('leaves feeds, other methods and requests that do not ask for HTML to the server', async () => {
    expect((await get('/p/Nowhere/feed.xml', { accept: '*/*' })).body.toString()).toBe('<feed>Nowhere</feed>');
    expect((await get('/p/ridge_line/atom.xml', html)).body.toString()).toBe('<feed>ridge_line</feed>');
    expect((await get('/p/Ridgeline', { accept: 'application/json' })).status).toBe(404);
    expect((await get('/p/Ridgeline', html, 'POST')).status).toBe(404);
    expect(asked).toEqual([]);
  });

  it('answers an error, not a page, when it cannot tell whether the practice exists', async () => {
    const answer = await get('/p/unreachable', html);
    expect(answer.status).toBe(500);
    expect(answer.body.toString()).not.toBe(INDEX);
  });
});

describe('robots.txt', () => {
  it('is a robots file: public pages allowed, the app and the server routes not', async () => {
    const answer = await get('/robots.txt', { accept: 'text/html,*/*' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = answer.body.toString().split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /app', 'Disallow: /dev', 'Disallow: /graphql', 'Disallow: /newsletter', 'Disallow: /confirm-email-change']));
    expect(lines.every((line) => line === '' || /^(User-agent|Allow|Disallow): \S+$/.test(line))).toBe(true);
  });
});

describe('X-Request-Id', () => {
  it('is on every answer the web app gives', async () => {
    const answers = await Promise.all([
      get('/assets/index-AbC123.js', { 'accept-encoding': 'br' }),
      get('/favicon.svg'),
      get('/', { accept: 'text/html' }),
      get('/robots.txt'),
      get('/assets/index-Gone99.js'),
    ]);

    for (const answer of answers) expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(answers.map((answer) => answer.headers['x-request-id'])).size).toBe(answers.length);
  });

  it("keeps the caller's id when it looks sane, and replaces one that does not", async () => {
    const kept = await get('/', { accept: 'text/html', 'x-request-id': 'edge-proxy.4711-abc' });
    expect(kept.headers['x-request-id']).toBe('edge-proxy.4711-abc');

    const replaced = await get('/', { accept: 'text/html', 'x-request-id': 'no spaces<script>' });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

it('serves nothing and says so when there is no built web app', () => {
  const empty = mkdtempSync(join(tmpdir(), 'ascend-no-web-'));
  try {
    const app = express();
    expect(serveWebApp(app, empty, { practiceExists })).toBe(false);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

describe('pages the server fills in', () => {
  it('puts the title, the head tags and the readable content into the web app\'s HTML', async () => {
    const answer = await get('/p/ridgeline/masterclasses/known', { accept: 'text/html' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toBe(
      '<!doctype html><html><head><title>Leading &amp; letting go</title>\n    <meta property="og:title" content="Leading" /></head><body><div id="root"><main><h1>Leading</h1></main></div></body></html>',
    );
  });

  it('answers an address with nothing to show with the web app and a 404', async () => {
    const answer = await get('/p/ridgeline/masterclasses/unknown', { accept: 'text/html' });
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe(INDEX);
  });
});
