import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Logger, PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import { QueryFailedError } from 'typeorm';
import { loggerParams } from '@ascend/platform/operations';
import { Public } from '@ascend/platform/tenancy';
import { signUpOwner, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { domainModules } from './domains';

const HASH = '$argon2id$v=19$secret';
const EMAIL = 'leak@example.com';
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

@Resolver()
class FailingStatementResolver {
  /** A statement PostgreSQL refused, as TypeORM reports it: with the SQL, its parameters and the driver's error. */
  @Public()
  @Query(() => String)
  failingStatement(): string {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "account_email_key"'), {
      code: '23505',
      detail: `Key (email)=(${EMAIL}) already exists.`,
    });
    throw new QueryFailedError('update account set password_hash = $1 where email = $2', [HASH, EMAIL], driverError);
  }
}

@Module({ providers: [FailingStatementResolver] })
class FailingStatementModule {}

type Line = Record<string, unknown> & { level: number; msg?: string };

/** Routes the app's Nest logging into pino configured as in production (JSON), collecting the lines. */
function captureLog(t: TestApp): Line[] {
  const lines: Line[] = [];
  const options = loggerParams(t.config).pinoHttp as Options;
  const log = pino({ ...options, level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Line) });
  t.app.useLogger(new Logger(log as unknown as PinoLogger, {}));
  return lines;
}

const STACK = /\n\s+at /;

describe('what the API logs about errors', () => {
  let t: TestApp;
  let lines: Line[];
  beforeAll(async () => {
    t = await startTestApp({ imports: [...domainModules, FailingStatementModule] });
    lines = captureLog(t);
  });
  afterAll(() => t.close());

  it('logs a wrong password as one info line with code and path: nothing at level error, no stack', async () => {
    const owner = await signUpOwner(t);
    await waitForJobs(t.db);
    lines.length = 0;
    const { errors } = await t.graphql(SIGN_IN, { input: { email: owner.email, password: 'not the password at all' } });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        context: 'GraphQL',
        code: 'UNAUTHENTICATED',
        path: 'signIn',
        operation: 'mutation SignIn',
        msg: `UNAUTHENTICATED at signIn in mutation SignIn: ${errors?.[0].message}`,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(STACK);
    expect(JSON.stringify(lines)).not.toContain('not the password');
  });

  it('logs an unexpected error at level error with its stack and reference, without the statement parameters', async () => {
    lines.length = 0;
    const { errors } = await t.graphql('query Broken { failingStatement }');
    const reference = errors?.[0].extensions?.reference;
    expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const reported = lines.find((line) => line.reference === reference);
    expect(reported).toMatchObject({
      level: 50,
      context: 'GraphQL',
      err: {
        type: 'QueryFailedError',
        code: '23505',
        query: 'update account set password_hash = $1 where email = $2',
        stack: expect.stringMatching(STACK),
      },
    });
    expect(JSON.stringify(lines)).not.toContain(HASH);
    expect(JSON.stringify(lines)).not.toContain(EMAIL);
  });
});
