import { isValidSlug, isValidTimeZone } from './practice-rules';

describe('practice slugs', () => {
  it.each(['northstar-coaching', 'abc', 'a1-b2-c3', 'x'.repeat(63)])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(['ab', 'Northstar', 'north--star', '-north', 'north-', 'north star', 'north_star', 'x'.repeat(64), 'café'])(
    'rejects %s',
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
    },
  );
});

describe('practice time zones', () => {
  it.each(['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus', 'GMT+1', '', 'london'])('rejects %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
