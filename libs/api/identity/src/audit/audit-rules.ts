import { InvalidInputError } from '@ascend/platform/graphql';
import { isRole, Role } from '@ascend/platform/tenancy';

/** Everything the audit trail records, in the order a person would look for them. */
export const AUDIT_ACTIONS = [
  'PRACTICE_CREATED',
  'SIGNED_IN',
  'SIGN_IN_FAILED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'EMAIL_CHANGED',
  'MEMBER_INVITED',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'ROLE_CHANGED',
  'MEMBER_REMOVED',
  'MEMBER_LEFT',
  'ACCOUNT_DELETED',
  'CLIENT_ADMITTED',
  'CLIENT_DATA_EXPORTED',
  'CLIENT_ERASED',
  'PRACTICE_PROFILE_UPDATED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 200;
export const MAX_PERSON_FILTER_LENGTH = 254;

export interface RoleChange {
  fromRole: Role | null;
  toRole: Role | null;
}

// Which key of an entry's detail holds the role it concerns, and whether the person had it before or gets it.
const ROLE_GAINED: ReadonlySet<string> = new Set(['MEMBER_INVITED', 'INVITATION_ACCEPTED']);
const ROLE_LOST: ReadonlySet<string> = new Set(['MEMBER_REMOVED', 'MEMBER_LEFT', 'ACCOUNT_DELETED']);

/**
 * The roles an entry is about, read from its detail as the services record it. Detail is free-form JSON kept for
 * years, so anything that is not a role today (an old or scrubbed entry) reads as unknown rather than failing.
 */
export function roleChangeOf(action: string, detail: unknown): RoleChange {
  const values = detail !== null && typeof detail === 'object' ? (detail as Record<string, unknown>) : {};
  const role = (value: unknown): Role | null => (isRole(value) ? value : null);
  if (action === 'ROLE_CHANGED') return { fromRole: role(values.from), toRole: role(values.to) };
  if (ROLE_GAINED.has(action)) return { fromRole: null, toRole: role(values.role) };
  if (ROLE_LOST.has(action)) return { fromRole: role(values.role), toRole: null };
  return { fromRole: null, toRole: null };
}

/** How many entries a page holds: the default when not asked, refused beyond the cap. */
export function auditPageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_AUDIT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE_SIZE) {
    throw new InvalidInputError([{ field: 'first', message: `must be between 1 and ${MAX_AUDIT_PAGE_SIZE}` }]);
  }
  return first;
}

/** The last entry of a page: its time (microseconds, as PostgreSQL keeps it, in UTC) and its id. */
export interface AuditCursor {
  at: string;
  id: string;
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function writeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.at, i: cursor.id })).toString('base64url');
}

/** The cursor a previous page gave, or INVALID_INPUT on `after` for anything else (edited, truncated, of another list). */
export function readAuditCursor(after: string): AuditCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw cursorProblem();
  }
  const { t, i } = (decoded ?? {}) as { t?: unknown; i?: unknown };
  if (typeof t !== 'string' || typeof i !== 'string' || !CURSOR_TIME.test(t) || !UUID.test(i) || !isRealTime(t)) throw cursorProblem();
  return { at: t, id: i };
}

// A well-formed time that is not on the calendar (February 30th) would make the database fail, not answer.
function isRealTime(time: string): boolean {
  const millis = Date.parse(time);
  return !Number.isNaN(millis) && new Date(millis).toISOString().slice(0, 19) === time.slice(0, 19);
}

const cursorProblem = () => new InvalidInputError([{ field: 'after', message: 'is not a cursor of the audit log: start again from the first page' }]);

/**
 * The person filter as a case-insensitive LIKE pattern matching part of an address, with its own % _ and \ taken
 * literally; undefined when there is nothing to filter by.
 */
export function personPattern(person: string | null | undefined): string | undefined {
  const text = person?.trim().toLowerCase();
  if (!text) return undefined;
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
