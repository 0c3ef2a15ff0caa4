import { CLIENT_STATUSES, ClientStatus } from '../shared/coaching.enums';
import { MAX_TAG_LENGTH, MAX_TAGS, normaliseTags } from './roster-rules';

export const MAX_IMPORT_ROWS = 2_000;
export const MAX_IMPORT_BYTES = 1_000_000;
export const CSV_COLUMNS = ['name', 'email', 'status', 'tags', 'coach email'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvProblem {
  column: CsvColumn;
  message: string;
}

export interface ClientCsvRow {
  /** The record's number in the file, the header being row 1. */
  row: number;
  name: string;
  email: string;
  /** Null when the row names no known status. */
  status: ClientStatus | null;
  tags: string[];
  coachEmail: string;
  problems: CsvProblem[];
}

/** A problem with the file as a whole: too big, no header, a quote never closed. */
export class CsvFileError extends Error {}

// Header spellings people and spreadsheets use for each column.
const HEADER_NAMES: Record<string, CsvColumn> = {
  name: 'name',
  'full name': 'name',
  email: 'email',
  'email address': 'email',
  status: 'status',
  tags: 'tags',
  tag: 'tags',
  'coach email': 'coach email',
  coach: 'coach email',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** RFC 4180 records: commas, double-quoted fields with "" for a quote and line breaks inside, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new CsvFileError(`Row ${records.length + 1} opens a quoted field that is never closed`);
  if (field !== '' || record.length) records.push([...record, field]);
  // Blank lines (a trailing newline, an empty line between rows) are not rows.
  return records.filter((r) => r.some((value) => value.trim() !== ''));
}

/**
 * Reads a roster CSV (header row naming the columns; `tags` separated by ; or |) into rows with the problems each
 * has on its own or with the rows before it (a duplicate address). What needs the practice (coaches, the roster)
 * is checked by {@link checkAgainstPractice}.
 */
export function readClientCsv(text: string): ClientCsvRow[] {
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) throw new CsvFileError(`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB: split it`);
  const [header, ...records] = parseCsv(text);
  if (!header) throw new CsvFileError('The file is empty: it needs a header row (name, email, status, tags, coach email) and one row per client');
  const columns = header.map((title) => HEADER_NAMES[title.trim().toLowerCase().replace(/[_-]+/g, ' ')]);
  if (!columns.includes('email')) throw new CsvFileError('The header row has no "email" column: name the columns name, email, status, tags, coach email');
  if (records.length > MAX_IMPORT_ROWS) throw new CsvFileError(`The file has ${records.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once: split it`);

  const firstRowOf = new Map<string, number>();
  return records.map((record, index) => {
    const value = (column: CsvColumn) => (record[columns.indexOf(column)] ?? '').trim();
    const row = readRow(index + 2, value);
    const first = firstRowOf.get(row.email);
    if (row.email && first !== undefined) row.problems.push({ column: 'email', message: `appears again (first on row ${first})` });
    else if (row.email) firstRowOf.set(row.email, row.row);
    return row;
  });
}

function readRow(row: number, value: (column: CsvColumn) => string): ClientCsvRow {
  const problems: CsvProblem[] = [];
  const email = value('email').toLowerCase();
  if (!email) problems.push({ column: 'email', message: 'is missing' });
  else if (!EMAIL.test(email) || email.length > 254) problems.push({ column: 'email', message: `"${email}" is not an email address` });

  const name = value('name');
  if (!name) problems.push({ column: 'name', message: 'is missing' });
  else if (name.length > 120) problems.push({ column: 'name', message: 'must be at most 120 characters' });

  const statusText = value('status').toUpperCase();
  const status = statusText ? (CLIENT_STATUSES.find((s) => s === statusText) ?? null) : 'ACTIVE';
  if (!status) problems.push({ column: 'status', message: `"${value('status')}" is not a status: use LEAD, ACTIVE, PAUSED or ALUMNI` });

  const tags = normaliseTags(value('tags').split(/[;|]/));
  if (tags.length > MAX_TAGS) problems.push({ column: 'tags', message: `has ${tags.length} tags; at most ${MAX_TAGS}` });
  const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (long) problems.push({ column: 'tags', message: `"${long}" is longer than ${MAX_TAG_LENGTH} characters` });

  return { row, name, email, status, tags, coachEmail: value('coach email').toLowerCase(), problems };
}

/** Adds what the practice decides: the coach must be one of its coaches, the address not yet on its roster. */
export function checkAgainstPractice(rows: ClientCsvRow[], practice: { coaches: ReadonlyMap<string, string>; onRoster: ReadonlySet<string> }): ClientCsvRow[] {
  return rows.map((row) => {
    const problems = [...row.problems];
    if (row.coachEmail && !practice.coaches.has(row.coachEmail)) {
      problems.push({ column: 'coach email', message: `no owner, admin or coach of the practice has the address "${row.coachEmail}"` });
    }
    if (practice.onRoster.has(row.email)) problems.push({ column: 'email', message: 'is already on the roster' });
    return { ...row, problems };
  });
}

// A cell starting with one of these is a formula to a spreadsheet (and tab or CR can hide one).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formulas neutralised with a leading apostrophe, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The roster as the importer reads it back: the same columns, CRLF line ends. */
export function clientsCsv(rows: { name: string; email: string; status: string; tags: string[]; coachEmail: string | null }[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => [r.name, r.email, r.status, r.tags.join(';'), r.coachEmail ?? ''].map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
