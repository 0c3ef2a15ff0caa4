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
    for (const key of [a.team(), a.invitations(), a.auditEvents({})]) expect(key.slice(0, 1)).toEqual(a.all);
    expect(a.team()).not.toEqual(b.team());
  });

  it('keeps every audit read under one key, each filter apart', () => {
    const a = queryKeys.tenant('practice-a');
    const byAction = a.auditEvents({ action: 'ROLE_CHANGED' });
    expect(byAction).toEqual(['practice-a', 'audit', 'events', { action: 'ROLE_CHANGED' }]);
    for (const key of [byAction, a.auditActions()]) expect(key.slice(0, 2)).toEqual(['practice-a', 'audit']);
    expect(byAction).not.toEqual(a.auditEvents({ person: 'ada' }));
  });

  it('tells private keys from public ones', () => {
    expect(isPrivateKey(queryKeys.tenant('practice-a').team())).toBe(true);
    expect(isPrivateKey(queryKeys.public.practice('ridgeline'))).toBe(false);
  });
});
