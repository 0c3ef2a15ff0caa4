import { HeldSeatRow, unpayable } from './held-seat';

describe('whether a registration can be paid for now', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const held: HeldSeatRow = {
    id: 'r',
    name: 'Nadia Payer',
    email: 'nadia@example.com',
    status: 'PENDING_PAYMENT',
    hold_expires_at: new Date('2026-11-22T10:10:00Z'),
    title: 'Delegating well',
    price_cents: 4900,
    currency: 'EUR',
    practice_slug: 'north-star',
  };

  it('can while its seat is held', () => {
    expect(unpayable(held, now)).toBeUndefined();
  });

  it.each([
    [{ status: 'CONFIRMED' }, 'This seat is paid for already: your confirmation is in your email'],
    [{ status: 'WAITLISTED', hold_expires_at: null }, 'You are on the waitlist: we write to you when a seat is held for you to pay'],
    [{ status: 'CANCELLED', hold_expires_at: null }, 'The seat held for you has been released: register again to get a seat if one is free'],
    [{ hold_expires_at: now }, 'The seat held for you has been released: register again to get a seat if one is free'],
    [{ price_cents: null, currency: null, status: 'CONFIRMED' }, 'This masterclass is free: there is nothing to pay'],
  ])('%j cannot', (change, message) => {
    const refusal = unpayable({ ...held, ...change }, now);
    expect(refusal).toMatchObject({ code: 'CONFLICT', message, fields: [{ field: 'token' }] });
  });
});
