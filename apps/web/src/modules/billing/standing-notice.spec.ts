import { standingNotice } from './standing-notice';
import { standingData } from './billing-fixtures';

const now = new Date('2026-11-20T12:00:00.000Z');
const standing = (extra: Record<string, unknown>) => standingData(extra) as Parameters<typeof standingNotice>[0];

describe('standingNotice', () => {
  it('is null in good standing and for a trial with more than a week left or already over', () => {
    expect(standingNotice(standing({}), now)).toBeNull();
    expect(standingNotice(standing({ status: 'ACTIVE' }), now)).toBeNull();
    expect(standingNotice(standing({ status: 'TRIALING', trialEndsAt: '2026-11-27T12:00:01.000Z' }), now)).toBeNull();
    expect(standingNotice(standing({ status: 'TRIALING', trialEndsAt: '2026-11-20T11:59:59.000Z' }), now)).toBeNull();
  });

  it('warns of a trial ending within seven days', () => {
    expect(standingNotice(standing({ status: 'TRIALING', trialEndsAt: '2026-11-27T12:00:00.000Z' }), now)).toEqual({ kind: 'trial-ending', trialEndsAt: '2026-11-27T12:00:00.000Z' });
  });

  it('warns of an overdue payment, past due or unpaid, with the end of the grace period', () => {
    expect(standingNotice(standing({ status: 'PAST_DUE', graceEndsAt: '2026-11-25T00:00:00.000Z' }), now)).toEqual({ kind: 'payment-failed', graceEndsAt: '2026-11-25T00:00:00.000Z' });
    expect(standingNotice(standing({ status: 'UNPAID' }), now)).toEqual({ kind: 'payment-failed', graceEndsAt: null });
  });

  it('puts suspension before read-only, and read-only before the overdue payment that caused it', () => {
    expect(standingNotice(standing({ status: 'UNPAID', readOnly: true, suspended: true, suspendedReason: 'Fraud review' }), now)).toEqual({ kind: 'suspended', reason: 'Fraud review' });
    expect(standingNotice(standing({ status: 'UNPAID', readOnly: true }), now)).toEqual({ kind: 'read-only' });
  });
});
