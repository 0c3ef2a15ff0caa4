import type { RegistrationMailKind } from '../shared/registration-mail-queue';
import { MailState, mailApplies } from './registrant-mail-rules';

const now = new Date('2026-07-01T12:00:00Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

const state = (overrides: Partial<MailState> = {}): MailState => ({
  practiceSuspended: false,
  registrationStatus: 'CONFIRMED',
  masterclassStatus: 'PUBLISHED',
  startsAt: hours(30),
  holdExpiresAt: null,
  replayUrl: '',
  ...overrides,
});

const applies = (kind: RegistrationMailKind, overrides: Partial<MailState> = {}) => mailApplies(kind, state(overrides), now);

describe('whether a mail still applies when it goes', () => {
  it('sends nothing at all for a suspended practice', () => {
    const due: [RegistrationMailKind, Partial<MailState>][] = [
      ['CONFIRMED', {}],
      ['WAITLISTED', { registrationStatus: 'WAITLISTED' }],
      ['REMINDER_24H', {}],
      ['REPLAY', { replayUrl: 'https://replay.example/1' }],
      ['CANCELLED', { registrationStatus: 'CANCELLED' }],
      ['MASTERCLASS_CANCELLED', { masterclassStatus: 'CANCELLED' }],
    ];
    for (const [kind, overrides] of due) {
      expect(applies(kind, overrides)).toBe(true);
      expect(applies(kind, { ...overrides, practiceSuspended: true })).toBe(false);
    }
  });

  it('confirms and announces a promotion only while the seat is confirmed', () => {
    for (const kind of ['CONFIRMED', 'PROMOTED'] as const) {
      expect(applies(kind)).toBe(true);
      for (const registrationStatus of ['WAITLISTED', 'PENDING_PAYMENT', 'CANCELLED'] as const) expect(applies(kind, { registrationStatus })).toBe(false);
      expect(applies(kind, { masterclassStatus: 'CANCELLED' })).toBe(false);
    }
  });

  it('tells of the waitlist only to someone still on it', () => {
    expect(applies('WAITLISTED', { registrationStatus: 'WAITLISTED' })).toBe(true);
    expect(applies('WAITLISTED', { registrationStatus: 'CONFIRMED' })).toBe(false);
  });

  it('tells of a hold only while it runs, and of its expiry only once the seat is gone', () => {
    expect(applies('PAYMENT_HOLD', { registrationStatus: 'PENDING_PAYMENT', holdExpiresAt: hours(0.5) })).toBe(true);
    expect(applies('PAYMENT_HOLD', { registrationStatus: 'PENDING_PAYMENT', holdExpiresAt: hours(-0.1) })).toBe(false);
    expect(applies('PAYMENT_HOLD', { registrationStatus: 'CONFIRMED' })).toBe(false);
    expect(applies('HOLD_EXPIRED', { registrationStatus: 'CANCELLED' })).toBe(true);
    expect(applies('HOLD_EXPIRED', { registrationStatus: 'CONFIRMED' })).toBe(false);
  });

  it('sends a cancelled registration only what tells of a cancellation', () => {
    const cancelled = { registrationStatus: 'CANCELLED' as const };
    expect(applies('CANCELLED', cancelled)).toBe(true);
    expect(applies('CANCELLED')).toBe(false);
    expect(applies('MASTERCLASS_CANCELLED', { ...cancelled, masterclassStatus: 'CANCELLED' })).toBe(true);
    for (const kind of ['MASTERCLASS_UPDATED', 'REMINDER_24H', 'REMINDER_1H', 'REPLAY'] as const) {
      expect(applies(kind, { ...cancelled, replayUrl: 'https://video.example.com/r' })).toBe(false);
    }
  });

  it('announces a cancelled masterclass only while it is cancelled, and no longer updates or reminds of it', () => {
    expect(applies('MASTERCLASS_CANCELLED', { masterclassStatus: 'CANCELLED', registrationStatus: 'WAITLISTED' })).toBe(true);
    expect(applies('MASTERCLASS_CANCELLED')).toBe(false);
    for (const kind of ['MASTERCLASS_UPDATED', 'REMINDER_24H', 'REMINDER_1H'] as const) expect(applies(kind, { masterclassStatus: 'CANCELLED' })).toBe(false);
  });

  it('sends an update to seats confirmed or held, not to the waitlist', () => {
    expect(applies('MASTERCLASS_UPDATED')).toBe(true);
    expect(applies('MASTERCLASS_UPDATED', { registrationStatus: 'PENDING_PAYMENT' })).toBe(true);
    expect(applies('MASTERCLASS_UPDATED', { registrationStatus: 'WAITLISTED' })).toBe(false);
  });

  it('reminds confirmed seats before the start only, the day-before reminder not once the hour-before one is due', () => {
    expect(applies('REMINDER_24H', { startsAt: hours(24) })).toBe(true);
    expect(applies('REMINDER_24H', { startsAt: hours(0.9) })).toBe(false);
    expect(applies('REMINDER_1H', { startsAt: hours(0.9) })).toBe(true);
    expect(applies('REMINDER_1H', { startsAt: hours(-0.1) })).toBe(false);
    expect(applies('REMINDER_1H', { startsAt: hours(1), registrationStatus: 'WAITLISTED' })).toBe(false);
    expect(applies('REMINDER_1H', { startsAt: hours(1), masterclassStatus: 'COMPLETED' })).toBe(false);
  });

  it('sends the replay to confirmed seats once there is a replay link', () => {
    expect(applies('REPLAY', { startsAt: hours(-2), masterclassStatus: 'COMPLETED', replayUrl: 'https://video.example.com/r' })).toBe(true);
    expect(applies('REPLAY', { startsAt: hours(-2), masterclassStatus: 'COMPLETED', replayUrl: ' ' })).toBe(false);
    expect(applies('REPLAY', { registrationStatus: 'WAITLISTED', replayUrl: 'https://video.example.com/r' })).toBe(false);
  });
});
