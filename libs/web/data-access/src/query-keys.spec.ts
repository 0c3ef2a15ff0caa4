import { isPrivateKey, queryKeys } from './query-keys';

describe('queryKeys', () => {
  it('starts public keys with "public" so they can be handled apart from tenant data', () => {
    expect(queryKeys.public.practice('ridgeline')).toEqual(['public', 'practice', 'ridgeline']);
    expect(queryKeys.public.practice('ridgeline').slice(0, 1)).toEqual(queryKeys.public.all);
    expect(queryKeys.public.invitationPreview('p1', 'secret').slice(0, 1)).toEqual(queryKeys.public.all);
    expect(queryKeys.public.demoAccounts().slice(0, 1)).toEqual(queryKeys.public.all);
  });

  it("starts a practice's keys with its id, so two practices never share an entry", () => {
    const a = queryKeys.tenant('practice-a');
    const b = queryKeys.tenant('practice-b');
    for (const key of [a.team(), a.invitations(), a.auditEvents(50)]) expect(key.slice(0, 1)).toEqual(a.all);
    expect(a.team()).not.toEqual(b.team());
  });

  it('tells private keys from public ones', () => {
    expect(isPrivateKey(queryKeys.tenant('practice-a').team())).toBe(true);
    expect(isPrivateKey(queryKeys.public.practice('ridgeline'))).toBe(false);
  });
});
