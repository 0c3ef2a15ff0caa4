import { csvField } from '@ascend/coaching';
import type { Registration } from '../registrations/registration.models';

const PAGE_SIZE = 50;
const MAX_PAGE = 500;

export function pageSize(first: number | undefined): number {
  return Math.min(Math.max(first ?? PAGE_SIZE, 1), MAX_PAGE);
}

/** Cursors are the position after the last row shown: the list is in arrival order, which only grows at its end. */
export function readCursor(after: string | undefined): number | undefined {
  if (after === undefined) return 0;
  const offset = Number(Buffer.from(after, 'base64url').toString('utf8'));
  return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
}

export function writeCursor(offset: number): string {
  return Buffer.from(String(offset), 'utf8').toString('base64url');
}

export const REGISTRATION_CSV_COLUMNS = [
  'name',
  'email',
  'status',
  'waitlist position',
  'attendance',
  'registered at',
  'cancelled at',
  'question',
  'source',
  'newsletter issue',
  'utm source',
  'utm medium',
  'utm campaign',
];

/** The registration list as a spreadsheet reads it: UTC ISO times, formulas neutralised, CRLF line ends. */
export function registrationsCsv(registrations: Registration[]): string {
  const rows = registrations.map((r) =>
    [
      r.name,
      r.email,
      r.status,
      r.waitlistPosition?.toString() ?? '',
      r.attendance ?? '',
      r.registeredAt.toISOString(),
      r.cancelledAt?.toISOString() ?? '',
      r.question,
      r.origin.source,
      r.origin.newsletterIssue ?? '',
      r.origin.utmSource ?? '',
      r.origin.utmMedium ?? '',
      r.origin.utmCampaign ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return `${[REGISTRATION_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Attendance can be marked once the masterclass has started, for seats that were confirmed. */
export function attendanceProblem(startsAt: Date, now: Date): string | undefined {
  return now.getTime() < startsAt.getTime() ? 'can be marked once the masterclass has started' : undefined;
}
