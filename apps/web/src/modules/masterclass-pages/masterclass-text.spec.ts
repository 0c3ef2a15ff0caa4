import { durationText, masterclassTime, priceText, seatsText } from './masterclass-text';
import { registrationOrigin } from './registration-origin';

describe('masterclassTime', () => {
  it("shows the visitor's time and, beside it, the time in the zone the host presents in", () => {
    expect(masterclassTime('2025-12-04T17:00:00Z', 'Europe/London', { locale: 'en-GB', visitorZone: 'Europe/Berlin' })).toBe(
      'Thu 4 Dec, 18:00 (your time) · 17:00 in Europe/London',
    );
  });

  it('follows summer time in each zone on the day itself, not today', () => {
    // 2 July: London is on BST (UTC+1), New York on EDT (UTC-4).
    expect(masterclassTime('2026-07-02T16:00:00Z', 'Europe/London', { locale: 'en-GB', visitorZone: 'America/New_York' })).toBe(
      'Thu 2 Jul, 12:00 (your time) · 17:00 in Europe/London',
    );
  });

  it('names the day in the presenting zone when it is another day there', () => {
    expect(masterclassTime('2025-12-04T17:00:00Z', 'Asia/Tokyo', { locale: 'en-GB', visitorZone: 'America/Los_Angeles' })).toBe(
      'Thu 4 Dec, 09:00 (your time) · Fri 5 Dec, 02:00 in Asia/Tokyo',
    );
  });

  it("uses the reader's locale for the words and the clock", () => {
    expect(masterclassTime('2025-12-04T17:00:00Z', 'Europe/London', { locale: 'en-US', visitorZone: 'America/Chicago' })).toBe(
      'Thu, Dec 4, 11:00 AM (your time) · 5:00 PM in Europe/London',
    );
  });
});

describe('masterclass facts in words', () => {
  it('words durations, prices and seats', () => {
    expect([durationText(45), durationText(60), durationText(90), durationText(120)]).toEqual(['45 minutes', '1 hour', '1 hour 30 minutes', '2 hours']);
    expect(priceText(null)).toBe('Complimentary');
    expect(priceText({ amountCents: 4500, currency: 'EUR' }, 'en-GB')).toBe('€45.00');
    expect([seatsText(12), seatsText(1), seatsText(0)]).toEqual(['12 seats left', '1 seat left', 'Full – join the waitlist']);
  });
});

describe('registrationOrigin', () => {
  it('reads the newsletter issue and the UTM tags from the link', () => {
    expect(registrationOrigin(new URLSearchParams('ref=newsletter&issue=2025-12&utm_source=ascend&utm_medium=email&utm_campaign=winter'))).toEqual({
      newsletterIssue: '2025-12',
      utmSource: 'ascend',
      utmMedium: 'email',
      utmCampaign: 'winter',
    });
  });

  it('takes an issue only from a newsletter link, and nothing from a bare link', () => {
    expect(registrationOrigin(new URLSearchParams('issue=2025-12&utm_source=linkedin'))).toEqual({
      newsletterIssue: null,
      utmSource: 'linkedin',
      utmMedium: null,
      utmCampaign: null,
    });
    expect(registrationOrigin(new URLSearchParams(''))).toBeNull();
  });
});
