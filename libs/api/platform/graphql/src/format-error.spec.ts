import { GraphQLError } from 'graphql';
import { DomainError } from './errors';
import { formatError } from './format-error';

describe('what clients see of an error', () => {
  const reported: unknown[] = [];
  const format = formatError((error) => {
    reported.push(error);
    return 'abcd1234';
  });
  const formatted = (message: string) => new GraphQLError(message).toJSON();

  beforeEach(() => (reported.length = 0));

  it('keeps a domain error’s code and fields', () => {
    const error = new DomainError('NOT_FOUND', 'No such masterclass', [{ field: 'id', message: 'is not a masterclass of this practice' }]);
    expect(format(formatted(error.message), error)).toEqual({
      message: 'No such masterclass',
      path: undefined,
      extensions: { code: 'NOT_FOUND', fields: [{ field: 'id', message: 'is not a masterclass of this practice' }] },
    });
  });

  it('answers a request that got no database connection in time with a clear "try again", not an internal error', () => {
    const error = new Error('timeout exceeded when trying to connect');
    expect(format(formatted(error.message), error)).toEqual({
      message: 'Ascend is very busy right now: nothing was saved, please try again in a moment',
      path: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(reported).toEqual([]);
  });

  it('answers anything else with a reference and logs it', () => {
    const error = new Error('relation "secret_table" does not exist');
    expect(format(formatted(error.message), error)).toEqual({
      message: 'Something went wrong on our side (reference abcd1234)',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference: 'abcd1234' },
    });
    expect(reported).toEqual([error]);
  });
});
