// Test data: the Ridgeline practice's sales account, packages and purchases as the API answers them.
import { membership, ridgeline, sessionData } from '../../testing/session';

export function accountData(extra: Record<string, unknown> = {}) {
  return { connected: true, chargesEnabled: true, billingConfigured: true, paidOfferingsAllowed: true, ...extra };
}

export function offeringData(extra: Record<string, unknown> = {}) {
  return {
    id: 'off-1',
    slug: 'leadership-accelerator',
    title: '12-month leadership accelerator',
    description: 'Twelve months of **fortnightly** sessions.',
    priceCents: 480000,
    currency: 'usd',
    billing: 'ONE_TIME',
    months: 12,
    coachUserId: 'u-maren',
    coachName: 'Maren Okafor',
    active: true,
    createdAt: '2026-10-01T09:00:00.000Z',
    ...extra,
  };
}

export const monthlyOffering = offeringData({
  id: 'off-2',
  slug: 'new-manager-circle',
  title: 'New manager circle',
  priceCents: 40000,
  billing: 'MONTHLY',
  months: 12,
  coachUserId: null,
  coachName: null,
});

export function publicPackageData(extra: Record<string, unknown> = {}) {
  return {
    slug: 'leadership-accelerator',
    title: '12-month leadership accelerator',
    descriptionHtml: '<p>Twelve months of <strong>fortnightly</strong> sessions.</p>',
    priceCents: 480000,
    currency: 'usd',
    billing: 'ONE_TIME',
    months: 12,
    coachName: 'Maren Okafor',
    ...extra,
  };
}

export function purchaseData(extra: Record<string, unknown> = {}) {
  return {
    id: 'pur-1',
    kind: 'PACKAGE',
    description: '12-month leadership accelerator',
    buyerName: 'Ada Lovelace',
    buyerEmail: 'ada@example.com',
    amountCents: 480000,
    currency: 'usd',
    status: 'PAID',
    refundedCents: 0,
    createdAt: '2026-11-02T10:00:00.000Z',
    paidAt: '2026-11-02T10:03:00.000Z',
    ...extra,
  };
}

export const team = [
  { membershipId: 'm-1', userId: 'u-maren', name: 'Maren Okafor', email: 'maren@ridgeline.example', role: 'OWNER', joinedAt: '2026-01-01T00:00:00.000Z' },
  { membershipId: 'm-2', userId: 'u-tomas', name: 'Tomás Reyes', email: 'tomas@ridgeline.example', role: 'COACH', joinedAt: '2026-02-01T00:00:00.000Z' },
  { membershipId: 'm-3', userId: 'u-ada', name: 'Ada Lovelace', email: 'ada@example.com', role: 'CLIENT', joinedAt: '2026-03-01T00:00:00.000Z' },
];

export const standing = { plan: 'SOLO', status: 'ACTIVE', trialEndsAt: null, graceEndsAt: null, readOnly: false, suspended: false, suspendedReason: null };

/** What every workspace page asks besides its own data: the session, as the owner, and the practice's standing. */
export const ownerSession = {
  RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER')] }) },
  PracticeStanding: { practiceStanding: standing },
};
