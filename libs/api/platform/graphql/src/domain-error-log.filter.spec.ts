import { ArgumentsHost, Logger, LoggerService } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainErrorLogFilter } from './domain-error-log.filter';
import { DomainError, ErrorCode } from './errors';

type Call = [level: string, ...args: unknown[]];

/** Every line the filter writes, through Nest's Logger as the application's pino logger would receive it. */
function captureLogs(): Call[] {
  const calls: Call[] = [];
  const record = (level: string) => (...args: unknown[]) => void calls.push([level, ...args]);
  const capture: LoggerService = { log: record('log'), warn: record('warn'), error: record('error') };
  Logger.overrideLogger(capture);
  return calls;
}

/** What Nest hands a filter for a resolver: root, args, context, info. */
function resolverHost(path: (string | number)[], operation: { operation: string; name?: string }): ArgumentsHost {
  const linked = path.reduce<GraphQLResolveInfo['path'] | undefined>((prev, key) => ({ prev, key, typename: undefined }), undefined);
  const info = { path: linked, operation: { operation: operation.operation, name: operation.name ? { value: operation.name } : undefined } };
  const args = [undefined, {}, {}, info];
  return { getType: () => 'graphql', getArgs: () => args, getArgByIndex: (i: number) => args[i] } as unknown as ArgumentsHost;
}

describe('domain errors thrown by resolvers', () => {
  let calls: Call[];
  beforeEach(() => {
    calls = captureLogs();
  });

  const filter = new DomainErrorLogFilter();
  const catchIn = (error: DomainError, host: ArgumentsHost) => {
    try {
      filter.catch(error, host);
    } catch (thrown) {
      return thrown;
    }
    throw new Error('the filter did not throw the error on');
  };

  it('are logged as one info line with code, path and operation, and no stack, then thrown on unchanged', () => {
    const error = new DomainError('UNAUTHENTICATED', 'Email or password is wrong');
    expect(catchIn(error, resolverHost(['signIn'], { operation: 'mutation', name: 'SignIn' }))).toBe(error);
    expect(calls).toEqual([
      [
        'log',
        { code: 'UNAUTHENTICATED', path: 'signIn', operation: 'mutation SignIn' },
        'UNAUTHENTICATED at signIn in mutation SignIn: Email or password is wrong',
        'GraphQL',
      ],
    ]);
  });

  it('name nested fields by their response path, and anonymous operations as such', () => {
    catchIn(new DomainError('NOT_FOUND', 'No such member'), resolverHost(['team', 'members', 2, 'account'], { operation: 'query' }));
    expect(calls[0][1]).toEqual({ code: 'NOT_FOUND', path: 'team.members.2.account', operation: 'query (anonymous)' });
  });

  it.each<[ErrorCode, string]>([
    ['BAD_USER_INPUT', 'log'],
    ['NOT_FOUND', 'log'],
    ['CONFLICT', 'log'],
    ['UNAUTHENTICATED', 'log'],
    ['FORBIDDEN', 'warn'],
    ['TOO_MANY_REQUESTS', 'warn'],
  ])('log %s at %s, never at error', (code, level) => {
    catchIn(new DomainError(code, 'refused'), resolverHost(['field'], { operation: 'query', name: 'Q' }));
    expect(calls.map(([logged]) => logged)).toEqual([level]);
  });

  it('are handed back untouched on HTTP routes, where Nest answers them itself', () => {
    const error = new DomainError('FORBIDDEN', 'no');
    const http = { getType: () => 'http' } as unknown as ArgumentsHost;
    expect(filter.catch(error, http)).toBe(error);
    expect(calls).toEqual([]);
  });
});
