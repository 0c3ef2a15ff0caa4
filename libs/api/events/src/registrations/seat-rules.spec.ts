import { holdExpiry, PAYMENT_HOLD_MINUTES, promotions, registrationClosed, seatFor } from './seat-rules';

describe('seats', () => {
  it('gives a free seat, held for payment when paid, and the waitlist when full', () => {
    expect(seatFor({ capacity: 2, seatsTaken: 1, paid: false })).toBe('CONFIRMED');
    expect(seatFor({ capacity: 2, seatsTaken: 1, paid: true })).toBe('PENDING_PAYMENT');
    expect(seatFor({ capacity: 2, seatsTaken: 2, paid: false })).toBe('WAITLISTED');
  });

  it('promotes as many as there are free seats, no more than are waiting', () => {
    expect(promotions({ capacity: 10, seatsTaken: 7, waiting: 5 })).toBe(3);
    expect(promotions({ capacity: 10, seatsTaken: 7, waiting: 1 })).toBe(1);
    expect(promotions({ capacity: 10, seatsTaken: 10, waiting: 4 })).toBe(0);
  });

  it('holds a paid seat for half an hour', () => {
    expect(PAYMENT_HOLD_MINUTES).toBe(30);
    expect(holdExpiry(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2026-11-22T10:30:00.000Z');
  });

  it('says why a masterclass takes no registration', () => {
    const at = new Date('2026-11-22T10:00:00Z');
    const open = { status: 'PUBLISHED', startsAt: new Date('2026-11-30T18:00:00Z'), registrationDeadline: new Date('2026-11-29T18:00:00Z') };
    expect(registrationClosed(open, at)).toBeUndefined();
    expect(registrationClosed({ ...open, status: 'CANCELLED' }, at)?.message).toBe('is cancelled: it takes no registrations');
    expect(registrationClosed({ ...open, status: 'DRAFT' }, at)?.message).toBe('is not open for registration');
    expect(registrationClosed(open, new Date('2026-11-29T18:00:01Z'))?.message).toBe('closed registration at its deadline');
    expect(registrationClosed(open, new Date('2026-11-30T18:00:00Z'))?.message).toBe('has already started: registration is closed');
  });
});
