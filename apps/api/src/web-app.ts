import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SERVER_ROUTES = /^\/(graphql|health|ready|webhooks|dev|feeds|calendar|unsubscribe)(\/|$)/;

/**
 * Serves the built web app on the API's port. Unknown GET paths that ask for HTML get index.html, so
 * client-side routes survive a reload; server routes and missing files keep their own answers.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): boolean {
  const indexHtml = join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return false;
  app.use(
    '/assets',
    express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_ROUTES.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
