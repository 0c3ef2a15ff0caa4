import { emailLayout, extractLinks } from '@ascend/platform/mail';
import type { RegistrationMailKind } from '../shared/registration-mail-queue';
import { clockTime, momentTime, priceText, sessionTime } from '../shared/masterclass-times';
import { REGISTRANT_MAIL_TAGS, RegistrantMailView, registrantMail } from './registrant-mail-content';

const view = (overrides: Partial<RegistrantMailView> = {}): RegistrantMailView => ({
  name: 'Priya Raman',
  status: 'CONFIRMED',
  practiceName: 'Harbour Coaching',
  title: 'Leading without fixing',
  startsAt: new Date('2026-07-01T17:00:00Z'),
  durationMinutes: 60,
  timeZone: 'Europe/London',
  joinUrl: 'https://meet.example.com/leading',
  replayUrl: 'https://video.example.com/replay',
  manageUrl: 'https://ascend.test/p/harbour/registrations/signed-token',
  calendarUrl: 'https://ascend.test/calendar/registrations/signed-token.ics',
  masterclassUrl: 'https://ascend.test/p/harbour/masterclasses/leading-without-fixing',
  practiceUrl: 'https://ascend.test/p/harbour',
  waitlistPosition: null,
  holdExpiresAt: null,
  price: null,
  attended: false,
  ...overrides,
});

/** The mail as it goes out: both parts and every link in them. */
function rendered(kind: RegistrationMailKind, overrides: Partial<RegistrantMailView> = {}) {
  const content = registrantMail(kind, view(overrides));
  const { text, html } = emailLayout(content.layout);
  return { ...content, text, html, links: extractLinks(text, html) };
}

const KINDS = Object.keys(REGISTRANT_MAIL_TAGS) as RegistrationMailKind[];

describe('times in mail', () => {
  it('reads the time in the presenting zone, whatever the instant is in UTC', () => {
    expect(sessionTime(new Date('2026-07-01T17:00:00Z'), 60, 'Europe/London')).toBe('Wednesday 1 July 2026, 18:00–19:00 (Europe/London)');
    expect(sessionTime(new Date('2026-12-02T00:30:00Z'), 90, 'America/New_York')).toBe('Tuesday 1 December 2026, 19:30–21:00 (America/New York)');
    expect(clockTime(new Date('2026-07-01T12:30:00Z'), 'Asia/Kolkata')).toBe('18:00 (Asia/Kolkata)');
    expect(momentTime(new Date('2026-12-03T17:00:00Z'), 'America/New_York')).toBe('12:00 on Thursday 3 December 2026 (America/New York)');
  });

  it('names both days of a masterclass that runs past midnight', () => {
    expect(sessionTime(new Date('2026-07-01T22:00:00Z'), 120, 'Europe/London')).toBe('Wednesday 1 July 2026, 23:00 – Thursday 2 July 2026, 01:00 (Europe/London)');
  });

  it('writes prices in their currency', () => {
    expect([priceText(4000, 'EUR'), priceText(2550, 'GBP')]).toEqual(['€40.00', '£25.50']);
  });
});

describe("registrants' mail", () => {
  it.each(KINDS)('%s carries the link to manage the registration, its own tag, and no word of spam', (kind) => {
    const mail = rendered(kind, { waitlistPosition: 2, holdExpiresAt: new Date('2026-06-01T10:30:00Z'), status: kind === 'WAITLISTED' ? 'WAITLISTED' : 'CONFIRMED' });
    expect(mail.links).toContain(view().manageUrl);
    expect(mail.tag).toBe(REGISTRANT_MAIL_TAGS[kind]);
    expect(mail.text).toContain('Leading without fixing');
    expect(mail.text).toContain('You receive this because you registered for “Leading without fixing” with Harbour Coaching.');
    expect(`${mail.subject} ${mail.text}`).not.toMatch(/spam/i);
  });

  it('gives every kind a tag of its own', () => {
    expect(new Set(Object.values(REGISTRANT_MAIL_TAGS)).size).toBe(KINDS.length);
  });

  it('confirms a seat with the join link, the time in the presenting zone, the calendar link and the .ics', () => {
    const mail = rendered('CONFIRMED');
    expect(mail.subject).toBe('You’re in: Leading without fixing');
    expect(mail.text).toContain('When: Wednesday 1 July 2026, 18:00–19:00 (Europe/London)');
    expect(mail.text).toContain('Join the masterclass:\nhttps://meet.example.com/leading');
    expect(mail.links).toEqual([view().joinUrl, view().calendarUrl, view().manageUrl]);
    expect(mail.withCalendar).toBe(true);
  });

  it('writes out a join link that is not a web address, and says when there is none yet', () => {
    const words = rendered('CONFIRMED', { joinUrl: 'Zoom, meeting ID 812 3344 1200' });
    expect(words.text).toContain('How to join: Zoom, meeting ID 812 3344 1200');
    expect(words.layout.action).toBeUndefined();
    const none = rendered('PROMOTED', { joinUrl: '' });
    expect(none.text).toContain('The join link is not set yet: you will get it by email as soon as it is.');
  });

  it('tells a waitlisted registrant their place, and promises the join link only once the seat is theirs', () => {
    const mail = rendered('WAITLISTED', { status: 'WAITLISTED', waitlistPosition: 3, joinUrl: '' });
    expect(mail.subject).toBe('You’re on the waitlist: Leading without fixing');
    expect(mail.layout.heading).toBe('You’re number 3 on the waitlist');
    expect(mail.withCalendar).toBe(false);
    const promoted = rendered('PROMOTED');
    expect(promoted.subject).toBe('A seat is yours: Leading without fixing');
    expect(promoted.links).toContain(view().joinUrl);
    expect(promoted.withCalendar).toBe(true);
  });

  it('holds a paid seat until a time in the presenting zone, with the price and where the payment link will be', () => {
    const mail = rendered('PAYMENT_HOLD', { status: 'PENDING_PAYMENT', joinUrl: '', holdExpiresAt: new Date('2026-06-01T10:30:00Z'), price: { amountCents: 4000, currency: 'EUR' } });
    expect(mail.text).toContain('until 11:30 on Monday 1 June 2026 (Europe/London)');
    expect(mail.text).toContain('once the payment of €40.00 arrives. You will receive the payment link by email, and your registration page shows it too.');
    expect(mail.links).not.toContain(view().joinUrl);
  });

  it('offers to register again after a cancellation or an expired hold, and removes a cancelled entry from calendars', () => {
    for (const kind of ['CANCELLED', 'HOLD_EXPIRED'] as const) {
      expect(rendered(kind, { status: 'CANCELLED' }).layout.action).toEqual({ label: 'Register again', url: view().masterclassUrl });
    }
    expect(rendered('CANCELLED', { status: 'CANCELLED' }).withCalendar).toBe(true);
    const cancelled = rendered('MASTERCLASS_CANCELLED');
    expect(cancelled.subject).toBe('Cancelled: Leading without fixing');
    expect(cancelled.text).toContain('Harbour Coaching has had to cancel “Leading without fixing”, planned for Wednesday 1 July 2026, 18:00–19:00 (Europe/London).');
    expect(cancelled.withCalendar).toBe(true);
  });

  it('sends the new time with a new .ics on an update, and the join link only to a confirmed seat', () => {
    const confirmed = rendered('MASTERCLASS_UPDATED', { startsAt: new Date('2026-07-08T17:00:00Z') });
    expect(confirmed.text).toContain('When: Wednesday 8 July 2026, 18:00–19:00 (Europe/London)');
    expect(confirmed.links).toContain(view().joinUrl);
    expect(confirmed.withCalendar).toBe(true);
    const held = rendered('MASTERCLASS_UPDATED', { status: 'PENDING_PAYMENT', joinUrl: '' });
    expect(held.text).toContain('the join link comes once it is confirmed');
    expect(held.layout.action?.url).toBe(view().manageUrl);
  });

  it('reminds a day and an hour before, with the join link', () => {
    const day = rendered('REMINDER_24H');
    expect([day.subject, day.layout.heading]).toEqual(['Tomorrow: Leading without fixing', 'See you tomorrow']);
    expect(day.text).toContain('is tomorrow: Wednesday 1 July 2026, 18:00–19:00 (Europe/London)');
    const hour = rendered('REMINDER_1H');
    expect(hour.subject).toBe('Starting in an hour: Leading without fixing');
    expect(hour.text).toContain('starts in about an hour, at 18:00 (Europe/London)');
    for (const mail of [day, hour]) {
      expect(mail.links).toContain(view().joinUrl);
      expect(mail.withCalendar).toBe(false);
    }
  });

  it('words the replay differently for those who attended and those who did not', () => {
    const attended = rendered('REPLAY', { attended: true });
    const missed = rendered('REPLAY', { attended: false });
    expect(attended.layout.heading).toBe('Thank you for joining us');
    expect(missed.layout.heading).toBe('We missed you: here is the replay');
    expect(attended.text).toContain('Thank you for being there');
    expect(missed.text).not.toContain('Thank you for being there');
    expect(attended.subject).not.toBe(missed.subject);
    for (const mail of [attended, missed]) expect(mail.layout.action).toEqual({ label: 'Watch the replay', url: view().replayUrl });
  });
});
