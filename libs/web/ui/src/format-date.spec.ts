import { formatDate, formatDateTime } from './format-date';

describe('date formatting', () => {
  const at = '2026-11-21T14:05:00Z';

  it('gives the day in the reader’s locale', () => {
    expect(formatDate(at, 'en-GB', 'Europe/London')).toBe('21 Nov 2026');
  });

  it('gives the day and time in the reader’s zone', () => {
    expect(formatDateTime(at, 'en-GB', 'America/New_York')).toBe('21 Nov 2026, 09:05');
  });
});
