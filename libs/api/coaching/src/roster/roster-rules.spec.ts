import { isIsoDate } from '../method/goal-rules';
import { containsPattern, MAX_PAGE_SIZE, normaliseTags, pageSize, rosterOrder } from './roster-rules';

describe('rosterOrder', () => {
  it('orders by the field, then name and id, all in the chosen direction', () => {
    expect(rosterOrder('STATUS', 'DESC').orderBy).toBe(
      `array_position(array['LEAD', 'ACTIVE', 'PAUSED', 'ALUMNI'], c.status) desc, lower(c.name) desc, c.id desc`,
    );
    expect(rosterOrder('NAME', 'ASC').keyColumns).toBe('(lower(c.name))::text as k0, (c.id)::text as k1');
  });

  it('continues after the cursor of the last row, with typed parameters', () => {
    const order = rosterOrder('STARTED_ON', 'ASC');
    const cursor = order.cursorOf({ k0: '2026-01-05', k1: 'maren okafor', k2: '7d1f3a4e-0000-4000-8000-000000000001' });
    expect(order.after(cursor, 4)).toEqual({
      sql: `(coalesce(c.started_on, 'infinity'::date), lower(c.name), c.id) > ($4::date, $5::text, $6::uuid)`,
      parameters: ['2026-01-05', 'maren okafor', '7d1f3a4e-0000-4000-8000-000000000001'],
    });
    expect(rosterOrder('NAME', 'DESC').after(undefined, 4)).toEqual({ sql: 'true', parameters: [] });
  });

  it('refuses a cursor of another order, or no cursor at all, naming the argument', () => {
    const cursor = rosterOrder('NAME', 'ASC').cursorOf({ k0: 'ann', k1: '7d1f3a4e-0000-4000-8000-000000000001' });
    for (const [order, text] of [
      [rosterOrder('NAME', 'DESC'), cursor],
      [rosterOrder('CREATED_AT', 'ASC'), cursor],
      [rosterOrder('NAME', 'ASC'), 'not-a-cursor'],
      [rosterOrder('NAME', 'ASC'), Buffer.from('{"s":"NAME:ASC","k":[1,2]}').toString('base64url')],
    ] as const) {
      expect(() => order.after(text, 1)).toThrow('after is not a cursor of this list in this order: start again from the first page');
    }
  });
});

describe('pageSize', () => {
  it('defaults, and refuses sizes outside 1 to the cap', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(() => pageSize(MAX_PAGE_SIZE + 1)).toThrow(`first must be between 1 and ${MAX_PAGE_SIZE}`);
    expect(() => pageSize(0)).toThrow(/first must be between/);
  });
});

describe('normaliseTags and containsPattern', () => {
  it('keeps each tag once, trimmed and lower case', () => {
    expect(normaliseTags([' VIP', 'vip', '', 'Board '])).toEqual(['vip', 'board']);
  });

  it('takes % _ and \\ literally', () => {
    expect(containsPattern(' 100%_Sure\\ ')).toBe('%100\\%\\_sure\\\\%');
  });
});

describe('isIsoDate, as the roster uses it for start dates', () => {
  it('takes days of the calendar only', () => {
    expect(['2026-01-05', '2028-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2026-02-30', '2027-02-29', '2026-1-5', '05/01/2026', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });
});
