import { MIN_CHECKOUT_MINUTES, packageEndsAt, refundable, seatCheckoutExpiry, statusAfterRefund } from './purchase-rules';

const seconds = (iso: string) => Date.parse(iso) / 1000;

describe("a seat's Checkout session expiry", () => {
  const now = new Date('2026-11-22T10:00:00.250Z');

  it('is never sooner than Stripe allows, though the hold ends sooner', () => {
    const hold = new Date('2026-11-22T10:20:00Z');
    const expiry = seatCheckoutExpiry(now, hold);
    expect(expiry.getTime() - now.getTime()).toBeGreaterThanOrEqual(MIN_CHECKOUT_MINUTES * 60_000);
    expect(expiry.toISOString()).toBe('2026-11-22T10:31:01.000Z');
  });

  it('is the hold’s end when that is later', () => {
    expect(seatCheckoutExpiry(now, new Date('2026-11-22T10:45:00.100Z')).toISOString()).toBe('2026-11-22T10:45:01.000Z');
  });

  it('is whole seconds', () => {
    expect(seatCheckoutExpiry(now, now).getTime() % 1000).toBe(0);
  });
});

describe('refund status', () => {
  it.each([
    [4900, 0, 'PAID'],
    [4900, 100, 'PARTIALLY_REFUNDED'],
    [4900, 4899, 'PARTIALLY_REFUNDED'],
    [4900, 4900, 'REFUNDED'],
    [4900, 5000, 'REFUNDED'],
  ] as const)('%i cents with %i refunded: %s', (amount, refunded, status) => {
    expect(statusAfterRefund(amount, refunded)).toBe(status);
  });

  it.each([
    ['PAID', true],
    ['PARTIALLY_REFUNDED', true],
    ['REFUNDED', false],
    ['PENDING', false],
    ['FAILED', false],
    ['EXPIRED', false],
  ] as const)('%s can be refunded: %s', (status, answer) => {
    expect(refundable(status)).toBe(answer);
  });
});

describe("a monthly package's end", () => {
  it('is the same day and time, months later', () => {
    expect(packageEndsAt(seconds('2026-03-15T09:30:00Z'), 12)).toBe(seconds('2027-03-15T09:30:00Z'));
    expect(packageEndsAt(seconds('2026-11-22T10:00:00Z'), 3)).toBe(seconds('2027-02-22T10:00:00Z'));
  });

  it('is the last day of a shorter month', () => {
    expect(packageEndsAt(seconds('2026-01-31T08:00:00Z'), 1)).toBe(seconds('2026-02-28T08:00:00Z'));
    expect(packageEndsAt(seconds('2027-12-31T08:00:00Z'), 2)).toBe(seconds('2028-02-29T08:00:00Z'));
  });
});
