import { GraphQLRequestError, NetworkError } from './graphql-request';
import { createQueryClient, shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it.each(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'])('never retries %s', (code) => {
    expect(shouldRetry(0, new GraphQLRequestError('no', code))).toBe(false);
  });

  it('retries server and network failures twice', () => {
    const failures = [new GraphQLRequestError('Something went wrong on our side', 'INTERNAL_SERVER_ERROR'), new NetworkError('down', null)];
    for (const error of failures) {
      expect([0, 1, 2].map((count) => shouldRetry(count, error))).toEqual([true, true, false]);
    }
  });

  it('is the default of a new query client', () => {
    expect(createQueryClient().getDefaultOptions().queries?.retry).toBe(shouldRetry);
  });
});
