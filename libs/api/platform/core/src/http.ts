import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@ascend/platform/config';
import { raw } from 'express';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** The HTTP settings every Ascend server shares, so the test app answers exactly as `npm start` does. */
export function configureHttp(app: INestApplication, config: AppConfig) {
  const express = app.getHttpAdapter().getInstance() as Express;
  // Rate limits key on the client's address: only the proxies TRUST_PROXY names are believed about it.
  express.set('trust proxy', config.trustProxy);
  // GraphQL answers POSTs that no cache revalidates: an ETag would hash every answer for nothing. Static files
  // keep theirs (they come from serve-static, which ignores this setting).
  express.set('etag', false);
  express.disable('x-powered-by');
  app.use(securityHeaders(config));
  // Imports send their files in one request (a subscriber CSV up to 10 MB, checked by its importer, grows by its
  // JSON escaping; a roster CSV up to 1 MB); the default is 100 kB.
  // A webhook's signature covers its bytes exactly as sent: webhook routes get them unparsed (a Buffer body).
  app.use('/webhooks', raw({ type: () => true, limit: '1mb' }));
  (app as NestExpressApplication).useBodyParser('json', { limit: JSON_BODY_LIMIT });
}

const JSON_BODY_LIMIT = '16mb';

/**
 * The headers a helmet middleware sets, read once by running it against a response that only records them. Ours
 * depend on nothing in the request, so every answer gets the same list in one step instead of a chain of twelve
 * middlewares, each a call and a `next` on every request.
 */
function headersSetBy(middleware: RequestHandler): [string, string][] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  void middleware({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('The security headers need the request: they cannot be computed once');
  return [...headers];
}

/**
 * Helmet's headers with a policy written out in full for the web app, which loads only its own script and
 * stylesheet and talks only to its own origin. The dev mail pages replace the policy with their own.
 */
function securityHeaders(config: AppConfig) {
  // HSTS makes browsers insist on HTTPS for the host for a year, and the upgrade rewrites every request to HTTPS:
  // both only for an HTTPS address (on localhost they would break every other plain-HTTP server there).
  const https = config.publicUrl.startsWith('https://');
  const headers = headersSetBy(securityHeaderMiddleware(https));
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

function securityHeaderMiddleware(https: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Mantine writes its theme's CSS variables into <style> tags at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        // A practice's photo lives wherever its owner keeps it (an https address).
        'img-src': ["'self'", 'data:', 'https:'],
        // Videos play only in the privacy-enhanced players of the allow-listed providers, once the visitor asks.
        'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    // The same answer as frame-ancestors 'none', for browsers that only know the older header.
    xFrameOptions: { action: 'deny' },
  });
}
