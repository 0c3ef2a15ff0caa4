import { safeNext, signInPath } from './safe-next';

describe('safeNext', () => {
  it('keeps paths inside the app', () => {
    expect(safeNext('/app/team?tab=invitations')).toBe('/app/team?tab=invitations');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/app', '/\\evil.example', 'app'])('falls back for %p', (next) => {
    expect(safeNext(next)).toBe('/app');
  });
});

describe('signInPath', () => {
  it('carries the page to come back to', () => {
    expect(signInPath('/app/team?x=1')).toBe('/sign-in?next=%2Fapp%2Fteam%3Fx%3D1');
  });
});
