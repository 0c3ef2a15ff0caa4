import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import type { SubscriberStatus } from './subscriber-rules';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Rows written per transaction: the page shows progress chunk by chunk, and a crash redoes one chunk at most. */
export const IMPORT_CHUNK = 500;
/** Error lines kept on an import (the page lists them); the count of failed rows stays exact beyond. */
export const MAX_IMPORT_ERRORS = 200;
/** Rows a preview lists: the first ones, then every error row, up to this many. */
export const PREVIEW_FIRST_ROWS = 50;
export const PREVIEW_MAX_ROWS = 200;

/**
 * SUBSCRIBE: becomes a subscriber. KEEP_STATUS: on the list with a status that is never mailed (left or bounced in
 * the export), or already on the list, keeping their status. SKIP: not imported. ERROR: the row cannot be read.
 */
export type ImportOutcome = 'SUBSCRIBE' | 'KEEP_STATUS' | 'SKIP' | 'ERROR';

export interface ImportRow {
  /** The line of the file the row ends on (the header is line 1). */
  line: number;
  email: string;
  name: string;
  /** The status the address will have; empty when it is not imported. */
  status: SubscriberStatus | '';
  consentAt: Date | null;
  outcome: ImportOutcome;
  problems: string[];
}

/** The file cannot be imported at all: too large, unreadable, no email column. */
export class ImportFileError extends Error {}

type Column = 'email' | 'name' | 'first' | 'last' | 'status' | 'consent';

// Spellings of Mailchimp's and Kajabi's exports and of hand-made lists, compared lower-cased with _ and - as spaces.
// The consent columns come in order of preference: the double opt-in's confirmation first, then the opt-in.
// Kajabi's "Created At" is not among them: a contact is created by a purchase or an import too, not only by agreeing.
const HEADERS: Record<Column, string[]> = {
  email: ['email address', 'email', 'e mail', 'e mail address', 'emailaddress'],
  name: ['name', 'full name'],
  first: ['first name', 'fname', 'firstname'],
  last: ['last name', 'lname', 'lastname'],
  status: ['status', 'member status', 'subscription status'],
  consent: ['confirm time', 'optin time', 'consent date', 'consent at', 'consented at', 'opt in date'],
};

const normaliseHeader = (header: string) => header.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

/** Which of the file's headers feeds each column (consent: every matching header, best first). */
export function mapHeaders(headers: string[]): { [K in Column]: string[] } {
  const byName = new Map(headers.map((h) => [normaliseHeader(h), h]));
  const pick = (column: Column) => HEADERS[column].map((name) => byName.get(name)).filter((h): h is string => h !== undefined);
  return { email: pick('email').slice(0, 1), name: pick('name').slice(0, 1), first: pick('first').slice(0, 1), last: pick('last').slice(0, 1), status: pick('status').slice(0, 1), consent: pick('consent') };
}

// What exports call each status; anything else (pending, transactional, archived) is not imported.
const EXPORT_STATUSES: Record<string, SubscriberStatus> = {
  subscribed: 'SUBSCRIBED',
  active: 'SUBSCRIBED',
  unsubscribed: 'UNSUBSCRIBED',
  'opted out': 'UNSUBSCRIBED',
  cleaned: 'BOUNCED',
  bounced: 'BOUNCED',
  complained: 'COMPLAINED',
};

/** Mailchimp exports one file per status without a status column, and names the file after it. */
export function statusFromFileName(fileName: string): string {
  const name = fileName.toLowerCase();
  if (name.includes('unsubscribed')) return 'unsubscribed';
  if (name.includes('cleaned')) return 'cleaned';
  return 'subscribed';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/**
 * A consent date as exports write it: `2024-03-31`, `2024-03-31 14:05:09` (UTC, as Mailchimp writes it), ISO 8601
 * with a zone, or with an offset like `-0500`. Day-first and month-first forms are refused: 03/04 is two dates.
 */
export function parseConsentDate(text: string): Date | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const offset = /^(Z|UTC|GMT)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`);
  // Date rolls 2024-02-30 over into March; a real date reads back as written.
  if (Number.isNaN(date.getTime()) || new Date(`${y}-${mo}-${d}T00:00:00Z`).toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined;
  return date;
}

export function consentText(fileName: string, consentAt: Date): string {
  return `Imported from ${fileName || 'a CSV file'}: consented ${consentAt.toISOString()}`;
}

export function consentSource(fileName: string): string {
  return `import: ${fileName || 'CSV file'}`;
}

/**
 * Reads an export into rows, each with what importing it would do on its own: only rows with a recorded consent
 * date and a subscribed status become subscribers; left and bounced rows are kept so they are never mailed; rows
 * without consent are skipped (we do not mail people who never agreed); a bad or repeated address is an error.
 */
export function readImport(csv: string, fileName: string, now: Date): ImportRow[] {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) throw new ImportFileError(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it`);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let headers: string[] = [];
  try {
    records = parse(csv, {
      columns: (header: string[]) => (headers = header.map((h) => h.trim())),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    });
  } catch (error) {
    throw new ImportFileError(`The file is not a readable CSV: ${(error as Error).message}`);
  }
  const columns = mapHeaders(headers);
  if (!columns.email.length) throw new ImportFileError('The header row has no email column (such as "Email Address" or "email")');
  const fileStatus = statusFromFileName(fileName);
  const firstLine = new Map<string, number>();
  return records.map(({ record, info }) => {
    const value = (column: Column) => (columns[column][0] === undefined ? '' : (record[columns[column][0]] ?? ''));
    const row = readRow(info.lines, {
      email: value('email').toLowerCase(),
      name: value('name') || [value('first'), value('last')].filter(Boolean).join(' '),
      exportStatus: (columns.status.length ? value('status') : fileStatus).toLowerCase(),
      consent: columns.consent.map((header) => record[header] ?? '').find((text) => text !== '') ?? '',
      now,
    });
    const first = firstLine.get(row.email);
    if (row.email && first !== undefined) return { ...row, outcome: 'ERROR', status: '', problems: [`${row.email} appears again (first on line ${first})`] };
    if (row.email) firstLine.set(row.email, row.line);
    return row;
  });
}

interface RawRow {
  email: string;
  name: string;
  exportStatus: string;
  consent: string;
  now: Date;
}

function readRow(line: number, { email, name, exportStatus, consent, now }: RawRow): ImportRow {
  const base = { line, email, name, consentAt: null };
  const error = (problem: string): ImportRow => ({ ...base, status: '', outcome: 'ERROR', problems: [problem] });
  if (!email) return error('has no email address');
  if (!isEmail(email) || email.length > 254) return error(`"${email}" is not an email address`);
  if (name.length > 120) return error('the name is longer than 120 characters');
  const consentAt = consent ? parseConsentDate(consent) : null;
  if (consentAt === undefined) return error(`the consent date "${consent}" is not a date (write it as 2024-03-31 or 2024-03-31 14:05:09)`);
  if (consentAt && consentAt.getTime() > now.getTime() + 86_400_000) return error(`the consent date "${consent}" is in the future`);
  const status = EXPORT_STATUSES[exportStatus];
  const row = { ...base, consentAt };
  if (!status) return { ...row, status: '', outcome: 'SKIP', problems: [`the export status "${exportStatus}" is not imported`] };
  if (status !== 'SUBSCRIBED') return { ...row, status, outcome: 'KEEP_STATUS', problems: [] };
  if (!consentAt) return { ...row, status: '', outcome: 'SKIP', problems: ['no recorded consent'] };
  return { ...row, status, outcome: 'SUBSCRIBE', problems: [] };
}

/**
 * What a row does to an address already on the list: it keeps its status, except that leaving or bouncing in the
 * export ends a pending or subscribed one (never the other way: nobody who left is subscribed again by an import).
 */
export function againstExisting(row: ImportRow, existing: SubscriberStatus | undefined): ImportRow {
  if (!existing || row.outcome === 'ERROR' || row.outcome === 'SKIP') return row;
  const ends = row.status !== 'SUBSCRIBED' && (existing === 'PENDING' || existing === 'SUBSCRIBED');
  if (ends) return { ...row, outcome: 'KEEP_STATUS' };
  return { ...row, status: existing, outcome: 'KEEP_STATUS', problems: [`already on the list as ${existing}: keeps that status`] };
}

/** Rows (as the file alone reads them) that reach the database: new subscribers and the statuses that stop mail. */
export const writes = (row: ImportRow) => row.outcome === 'SUBSCRIBE' || row.outcome === 'KEEP_STATUS';

export const errorLine = (row: ImportRow) => `Line ${row.line}: ${row.problems.join('; ')}`;

/** What a preview lists: the first rows, then every error row, at most {@link PREVIEW_MAX_ROWS}. */
export function previewRows(rows: ImportRow[]): ImportRow[] {
  const shown = rows.filter((row, i) => i < PREVIEW_FIRST_ROWS || row.outcome === 'ERROR');
  return shown.slice(0, PREVIEW_MAX_ROWS);
}
