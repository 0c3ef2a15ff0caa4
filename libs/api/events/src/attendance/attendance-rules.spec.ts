import { attendanceProblem, pageSize, readCursor, registrationsCsv, writeCursor } from './attendance-rules';
import type { Registration } from '../registrations/registration.models';

describe('attendance rules', () => {
  it('pages 50 by default and at most 500, with cursors that read back', () => {
    expect([pageSize(undefined), pageSize(0), pageSize(9999)]).toEqual([50, 1, 500]);
    expect(readCursor(writeCursor(150))).toBe(150);
    expect(readCursor(undefined)).toBe(0);
    expect(readCursor('bm9wZQ')).toBeUndefined();
  });

  it('marks attendance once the masterclass has started', () => {
    const start = new Date('2026-11-22T18:00:00Z');
    expect(attendanceProblem(start, new Date('2026-11-22T17:59:00Z'))).toBe('can be marked once the masterclass has started');
    expect(attendanceProblem(start, start)).toBeUndefined();
  });

  it('exports CSV a spreadsheet cannot turn into a formula', () => {
    const registration: Registration = {
      id: 'r1',
      masterclassId: 'm1',
      masterclassTitle: 'Title',
      name: '=HYPERLINK("http://evil")',
      email: 'a@example.com',
      question: 'Two lines,\nand a comma',
      status: 'WAITLISTED',
      waitlistPosition: 3,
      holdExpiresAt: null,
      attendance: null,
      origin: { source: 'NEWSLETTER', newsletterIssue: 'issue-9', utmSource: null, utmMedium: null, utmCampaign: null },
      clientId: null,
      registeredAt: new Date('2026-11-22T10:00:00Z'),
      cancelledAt: null,
      invitedAsClientAt: null,
    };
    const [, row] = registrationsCsv([registration]).split('\r\n');
    expect(row).toBe(`"'=HYPERLINK(""http://evil"")",a@example.com,WAITLISTED,3,,2026-11-22T10:00:00.000Z,,"Two lines,\nand a comma",NEWSLETTER,issue-9,,,`);
  });
});
