import { queryKeys } from './query-keys';

describe('queryKeys', () => {
  it('starts public keys with "public" so they can be handled apart from tenant data', () => {
    expect(queryKeys.public.practice('ridgeline')).toEqual(['public', 'practice', 'ridgeline']);
    expect(queryKeys.public.practice('ridgeline').slice(0, 1)).toEqual(queryKeys.public.all);
  });
});
