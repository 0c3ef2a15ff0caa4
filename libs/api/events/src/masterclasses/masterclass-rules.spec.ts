import { calendarChanged, masterclassProblems, numberedSlug, slugFromTitle } from './masterclass-rules';

describe('masterclass rules', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const later = new Date('2026-12-01T18:00:00Z');

  it('refuses a start in the past only when it moves, a deadline after the start, and a capacity below the seats taken', () => {
    expect(masterclassProblems({ startsAt: later, registrationDeadline: later, capacity: 10 }, { now })).toEqual([]);
    const past = new Date('2026-11-01T18:00:00Z');
    expect(masterclassProblems({ startsAt: past, registrationDeadline: past, capacity: 10 }, { now })).toEqual([{ field: 'input.startsAt', message: 'must be in the future' }]);
    expect(masterclassProblems({ startsAt: past, registrationDeadline: past, capacity: 10 }, { now, previousStart: past })).toEqual([]);
    expect(masterclassProblems({ startsAt: later, registrationDeadline: new Date('2026-12-02T00:00:00Z'), capacity: 10 }, { now })).toEqual([
      { field: 'input.registrationDeadline', message: 'must be at or before the start' },
    ]);
    expect(masterclassProblems({ startsAt: later, registrationDeadline: later, capacity: 1 }, { now, seatsTaken: 1 })).toEqual([]);
    expect(masterclassProblems({ startsAt: later, registrationDeadline: later, capacity: 11 }, { now, seatsTaken: 12 })).toEqual([
      { field: 'input.capacity', message: 'must be at least 12: 12 seats are already taken' },
    ]);
  });

  it('makes an address from a title, and numbers the next one', () => {
    expect(slugFromTitle('From fixer to leader: a 60-minute masterclass!')).toBe('from-fixer-to-leader-a-60-minute-masterclass');
    expect(slugFromTitle('Führung ohne Kontrolle — Café')).toBe('fuhrung-ohne-kontrolle-cafe');
    expect(slugFromTitle('¿¡!?')).toBe('masterclass');
    expect(slugFromTitle('x'.repeat(120))).toHaveLength(80);
    expect(numberedSlug('a'.repeat(80), 12)).toBe(`${'a'.repeat(77)}-12`);
  });

  it('tells calendars only of a new time, length, zone or link', () => {
    const base = { startsAt: later, durationMinutes: 60, joinUrl: 'https://meet.example.com/a', timeZone: 'Europe/London' };
    expect(calendarChanged(base, { ...base })).toBe(false);
    expect(calendarChanged(base, { ...base, durationMinutes: 75 })).toBe(true);
    expect(calendarChanged(base, { ...base, joinUrl: 'https://meet.example.com/b' })).toBe(true);
    expect(calendarChanged(base, { ...base, startsAt: new Date(later.getTime() + 60_000) })).toBe(true);
  });
});
