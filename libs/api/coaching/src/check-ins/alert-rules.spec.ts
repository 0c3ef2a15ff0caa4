import { alertsDue, type AlertSubject } from './alert-rules';

const friday = 5;
// Set up on Monday 2 November 2026, Friday check-ins, in London (UTC in November).
const client: AlertSubject = {
  status: 'ACTIVE',
  timeZone: 'Europe/London',
  checkInDay: friday,
  accountabilitySetAt: new Date('2026-11-02T10:00:00Z'),
  lastCheckInWeek: '2026-11-09',
};

describe('which alert a client is due', () => {
  it('reminds from nine on the check-in day, local time, while the week has no check-in', () => {
    expect(alertsDue(client, new Date('2026-11-20T08:59:00Z'))).toEqual({ weekStart: '2026-11-16', kinds: [], missedWeeks: 0 });
    expect(alertsDue(client, new Date('2026-11-20T09:00:00Z'))).toEqual({ weekStart: '2026-11-16', kinds: ['REMINDER'], missedWeeks: 0 });
    expect(alertsDue({ ...client, timeZone: 'America/New_York' }, new Date('2026-11-20T09:00:00Z')).kinds).toEqual([]);
    expect(alertsDue({ ...client, lastCheckInWeek: '2026-11-16' }, new Date('2026-11-20T12:00:00Z')).kinds).toEqual([]);
  });

  it('nudges the client from Monday nine after one missed week', () => {
    expect(alertsDue(client, new Date('2026-11-23T08:59:00Z')).kinds).toEqual([]);
    expect(alertsDue(client, new Date('2026-11-23T09:00:00Z'))).toEqual({ weekStart: '2026-11-23', kinds: ['NUDGE'], missedWeeks: 1 });
    expect(alertsDue(client, new Date('2026-11-27T10:00:00Z')).kinds).toEqual(['REMINDER', 'NUDGE']);
  });

  it('escalates to the coach after two or more missed weeks, every week it lasts', () => {
    expect(alertsDue(client, new Date('2026-11-30T09:00:00Z'))).toMatchObject({ kinds: ['ESCALATION'], missedWeeks: 2 });
    expect(alertsDue(client, new Date('2026-12-07T09:00:00Z'))).toMatchObject({ kinds: ['ESCALATION'], missedWeeks: 3 });
  });

  it('counts missed weeks from the set-up when there is no check-in, or an older one than the set-up', () => {
    const fresh = { ...client, lastCheckInWeek: null };
    expect(alertsDue(fresh, new Date('2026-11-09T09:00:00Z')).kinds).toEqual(['NUDGE']);
    expect(alertsDue({ ...client, lastCheckInWeek: '2026-06-01' }, new Date('2026-11-09T09:00:00Z')).kinds).toEqual(['NUDGE']);
  });

  it('writes to nobody before accountability is set up, before the first owed week, or while paused', () => {
    const monday = new Date('2026-11-30T09:00:00Z');
    expect(alertsDue({ ...client, accountabilitySetAt: null }, monday).kinds).toEqual([]);
    expect(alertsDue({ ...client, accountabilitySetAt: new Date('2026-11-27T10:00:00Z') }, new Date('2026-11-27T12:00:00Z')).kinds).toEqual([]);
    expect(alertsDue({ ...client, status: 'PAUSED' }, monday).kinds).toEqual([]);
  });
});
