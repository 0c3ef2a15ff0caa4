import { invitationStatus, leavesAnOwner, mayInvite } from './team-rules';

describe('invitation status', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const later = new Date('2026-11-28T12:00:00Z');
  const earlier = new Date('2026-11-20T12:00:00Z');

  it.each([
    [{ acceptedAt: earlier, revokedAt: null, expiresAt: later }, 'ACCEPTED'],
    [{ acceptedAt: null, revokedAt: earlier, expiresAt: later }, 'REVOKED'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: earlier }, 'EXPIRED'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: now }, 'EXPIRED'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: later }, 'PENDING'],
  ])('%j is %s', (invitation, status) => {
    expect(invitationStatus(invitation, now)).toBe(status);
  });
});

describe('who may invite whom', () => {
  it.each([
    ['OWNER', 'OWNER', true],
    ['OWNER', 'CLIENT', true],
    ['ADMIN', 'COACH', true],
    ['ADMIN', 'ADMIN', true],
    ['ADMIN', 'OWNER', false],
    ['COACH', 'CLIENT', true],
    ['COACH', 'COACH', false],
    ['CLIENT', 'CLIENT', false],
  ] as const)('%s inviting %s: %s', (inviter, invited, allowed) => {
    expect(mayInvite(inviter, invited)).toBe(allowed);
  });
});

describe('the last owner', () => {
  it('cannot be demoted or removed', () => {
    expect(leavesAnOwner(1, 'OWNER', 'ADMIN')).toBe(false);
    expect(leavesAnOwner(1, 'OWNER', null)).toBe(false);
  });

  it('can be when another owner remains, and other members always can', () => {
    expect(leavesAnOwner(2, 'OWNER', 'COACH')).toBe(true);
    expect(leavesAnOwner(1, 'OWNER', 'OWNER')).toBe(true);
    expect(leavesAnOwner(1, 'COACH', null)).toBe(true);
  });
});
