import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@ascend/platform/config';
import { logSafeError } from './log-safe-error';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** A caller's X-Request-Id is kept when it looks sane, so one id follows a request across services. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export function loggerParams(config: AppConfig): Params {
  return {
    // Every request, as nestjs-pino's default (every path, every method) covers them, but mounted once for all
    // paths: a route per middleware would match each request's path against a pattern on the way.
    forRoutes: ['/'],
    pinoHttp: {
      level: config.log.level,
      genReqId: (req, res) => {
        const id = requestId(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Health probes every few seconds would drown the useful lines.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // No headers, and the path without its query string, which can carry a token (links in mails) or variables.
      // They read the request and response themselves: wrapped, they would first get pino's standard copies, built
      // on every request with every header (and the query string parsed) only for these to pick three fields.
      wrapSerializers: false,
      serializers: {
        req: (req: IncomingMessage & { id: string; originalUrl?: string }) => ({ id: req.id, method: req.method, url: (req.originalUrl || req.url || '').split('?')[0] }),
        res: (res: ServerResponse) => ({ statusCode: res.headersSent ? res.statusCode : null }),
        err: logSafeError,
      },
      transport:
        config.log.format === 'pretty'
          ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,req,res,context', messageFormat: '{if context}[{context}] {end}{msg}' } }
          : undefined,
    },
  };
}
