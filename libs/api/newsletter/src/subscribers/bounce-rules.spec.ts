import { BounceListError, MAX_EVENTS, readBounceFile, readBounceReport } from './bounce-rules';

const PRACTICE = '5b0c2c8e-6f0a-4a4e-9d43-1a2b3c4d5e6f';

const problemsOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof BounceListError) return error.problems;
    throw error;
  }
  throw new Error('expected a BounceListError');
};

describe('bounce reports and lists', () => {
  it('reads a report of bounces and complaints, addresses lower-cased', () => {
    expect(readBounceReport({ events: [{ email: ' Ada@Example.com ', type: 'bounce' }, { email: 'bo@example.com', type: 'Complaint', practiceId: PRACTICE }] })).toEqual([
      { email: 'ada@example.com', kind: 'BOUNCE', practiceId: null },
      { email: 'bo@example.com', kind: 'COMPLAINT', practiceId: PRACTICE },
    ]);
  });

  it('names every bad event by its index and field, and refuses a body without a list', () => {
    expect(problemsOf(() => readBounceReport({ events: [{ email: 'ok@example.com', type: 'bounce' }, { email: 'nope', type: 'soft' }, { email: 'x@example.com', type: 'bounce', practiceId: 7 }] }))).toEqual([
      { field: 'events.1.email', message: 'must be an email address' },
      { field: 'events.1.type', message: 'must be "bounce" or "complaint"' },
      { field: 'events.2.practiceId', message: 'must be a practice id (a UUID) or left out' },
    ]);
    expect(problemsOf(() => readBounceReport([{ email: 'a@example.com' }]))[0].field).toBe('events');
    expect(problemsOf(() => readBounceReport(null))[0].field).toBe('events');
    expect(problemsOf(() => readBounceReport({ events: Array.from({ length: MAX_EVENTS + 1 }, () => ({})) }))[0].message).toContain(`at most ${MAX_EVENTS}`);
  });

  it('reads a CSV list (type bounce when the column is absent) and names a bad line', () => {
    expect(readBounceFile('Email,Type\nA@example.com,complaint\nb@example.com,\n', 'list.csv')).toEqual([
      { email: 'a@example.com', kind: 'COMPLAINT', practiceId: null },
      { email: 'b@example.com', kind: 'BOUNCE', practiceId: null },
    ]);
    expect(readBounceFile('email\nc@example.com\n', 'bounces.csv')).toEqual([{ email: 'c@example.com', kind: 'BOUNCE', practiceId: null }]);
    expect(problemsOf(() => readBounceFile('email,type\nok@example.com,bounce\nnot-an-address,bounce\n', 'list.csv'))).toEqual([{ field: 'line 3 email', message: 'must be an email address' }]);
    expect(problemsOf(() => readBounceFile('address\nx@example.com\n', 'list.csv'))[0].message).toContain('no "email" column');
  });

  it('reads a JSON list or report, and names a file that is not JSON', () => {
    expect(readBounceFile('[{"email":"a@example.com","type":"bounce"}]', 'list.json')).toEqual([{ email: 'a@example.com', kind: 'BOUNCE', practiceId: null }]);
    expect(readBounceFile('{"events":[{"email":"a@example.com","type":"complaint"}]}', 'report.json')[0].kind).toBe('COMPLAINT');
    expect(problemsOf(() => readBounceFile('[{"email": ', 'list.json'))[0]).toMatchObject({ field: 'list.json', message: expect.stringContaining('not valid JSON') });
  });
});
