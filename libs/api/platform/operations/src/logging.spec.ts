import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import pinoHttp, { type Options } from 'pino-http';
import { QueryFailedError } from 'typeorm';
import { loadConfig } from '@ascend/platform/config';
import { loggerParams, requestId } from './logging';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('request ids', () => {
  it('keeps a caller-supplied id that looks like one', () => {
    expect(requestId(request({ 'x-request-id': 'edge-7f3a9c21' }))).toBe('edge-7f3a9c21');
  });

  it.each(['short', 'has spaces in it', 'x'.repeat(200), 'inject\nnewline'])('replaces %j with a fresh uuid', (given) => {
    expect(requestId(request({ 'x-request-id': given }))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

const SECRETS = ['$argon2id$v=19$m=19456$secret', 'leak@example.com', 'Bearer eyJ-access-token', 'refresh=r-token', 'q-token'];

/** The options nestjs-pino gets in production (JSON), writing lines into an array. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) };
  const options = loggerParams(loadConfig({ NODE_ENV: 'test', LOG_FORMAT: 'json', LOG_LEVEL: 'info' })).pinoHttp as Options;
  return { lines, stream, options };
}

function failedStatement() {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "account_email_key"'), {
    code: '23505',
    detail: `Key (email)=(${SECRETS[1]}) already exists.`,
    constraint: 'account_email_key',
    table: 'account',
  });
  return new QueryFailedError('update account set password_hash = $1 where email = $2', [SECRETS[0], SECRETS[1]], driverError);
}

const SAFE_ERROR = {
  type: 'QueryFailedError',
  message: 'duplicate key value violates unique constraint "account_email_key"',
  stack: expect.stringContaining('QueryFailedError'),
  code: '23505',
  query: 'update account set password_hash = $1 where email = $2',
  constraint: 'account_email_key',
  table: 'account',
};

describe('log lines', () => {
  it('keep a failed statement without its parameters or PostgreSQL detail, outside a request', () => {
    const { lines, stream, options } = capture();
    pino(options, stream).error({ err: failedStatement() }, 'Unexpected error');
    expect(lines[0].err).toEqual(SAFE_ERROR);
    expect(JSON.stringify(lines)).not.toContain('leak');
  });

  it('keep a failed statement without its parameters or PostgreSQL detail, inside a request', () => {
    const { lines, stream, options } = capture();
    pinoHttp(options, stream).logger.error({ err: failedStatement() }, 'Unexpected error');
    expect(lines[0].err).toEqual(SAFE_ERROR);
    expect(JSON.stringify(lines)).not.toContain('leak');
  });

  it('sanitise the errors inside an AggregateError', () => {
    const { lines, stream, options } = capture();
    pino(options, stream).error({ err: new AggregateError([failedStatement()], 'several failed') });
    expect(lines[0].err).toEqual({ type: 'AggregateError', message: 'several failed', stack: expect.any(String), aggregateErrors: [SAFE_ERROR] });
  });

  it('of requests carry no headers, cookies or query string', async () => {
    const { lines, stream, options } = capture();
    const log = pinoHttp(options, stream);
    const server = createServer((req, res) => {
      log(req, res);
      res.setHeader('set-cookie', 'refresh=r-token; HttpOnly');
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await fetch(`http://127.0.0.1:${port}/reset-password?token=q-token`, { headers: { authorization: SECRETS[2], cookie: SECRETS[3] } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(lines).toEqual([expect.objectContaining({ req: { id: expect.any(String), method: 'GET', url: '/reset-password' }, res: { statusCode: 200 } })]);
    const text = JSON.stringify(lines);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});
