import { callToActionProblems, isPublicWebAddress, isValidSlug, isValidTimeZone } from './practice-rules';

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

describe('addresses on the public page', () => {
  it.each([
    'https://northstar.example.com/book',
    'https://www.linkedin.com/in/idris-vale',
    'http://localhost:5173/photo.jpg',
    'http://127.0.0.1:3000/p/x',
    'http://coach.localhost/cta',
    `https://example.com/${'a'.repeat(1980)}`,
  ])('accepts %s', (url) => {
    expect(isPublicWebAddress(url)).toBe(true);
  });

  it.each([
    'http://northstar.example.com/book',
    'javascript:alert(1)',
    'ftp://example.com/file',
    'northstar.example.com',
    ' https://example.com',
    'https://user:secret@example.com/',
    'data:image/png;base64,AAAA',
    `https://example.com/${'a'.repeat(1990)}`,
    '',
  ])('rejects %s', (url) => {
    expect(isPublicWebAddress(url)).toBe(false);
  });
});

describe('the call to action', () => {
  it('needs its text and its link together, or neither', () => {
    expect(callToActionProblems('', '')).toEqual([]);
    expect(callToActionProblems('Book a discovery call', 'https://example.com/book')).toEqual([]);
    expect(callToActionProblems('Book a discovery call', '')).toEqual([{ field: 'ctaUrl', message: 'is required with a call-to-action text' }]);
    expect(callToActionProblems('', 'https://example.com/book')).toEqual([{ field: 'ctaText', message: 'is required with a call-to-action link' }]);
  });
});
