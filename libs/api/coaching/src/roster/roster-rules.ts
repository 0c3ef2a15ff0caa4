import { InvalidInputError } from '@ascend/platform/graphql';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type RosterSortField = 'NAME' | 'STARTED_ON' | 'STATUS' | 'CREATED_AT';
export type RosterSortDirection = 'ASC' | 'DESC';

interface SortKey {
  /** SQL over the client table aliased `c`; the last one is always the id, so the order is total. */
  expressions: string[];
  /** The type each expression's cursor value is cast back to. */
  types: string[];
}

// Not started yet sorts after every start date; status follows the life of a client, not the alphabet.
const SORT_KEYS: Record<RosterSortField, SortKey> = {
  NAME: { expressions: ['lower(c.name)', 'c.id'], types: ['text', 'uuid'] },
  STARTED_ON: { expressions: [`coalesce(c.started_on, 'infinity'::date)`, 'lower(c.name)', 'c.id'], types: ['date', 'text', 'uuid'] },
  STATUS: { expressions: [`array_position(array['LEAD', 'ACTIVE', 'PAUSED', 'ALUMNI'], c.status)`, 'lower(c.name)', 'c.id'], types: ['int', 'text', 'uuid'] },
  CREATED_AT: { expressions: ['c.created_at', 'c.id'], types: ['timestamptz', 'uuid'] },
};

export interface RosterOrder {
  /** `order by` list. */
  orderBy: string;
  /** A select list giving each sort key as text (`k0`, `k1`, …), which the cursor of a row is made of. */
  keyColumns: string;
  /** The condition "after this cursor", its values numbered from `firstParameter`, and those values. */
  after(cursor: string | undefined, firstParameter: number): { sql: string; parameters: string[] };
  cursorOf(row: Record<string, unknown>): string;
}

/**
 * Keyset pagination over the roster: the cursor holds the last row's sort keys (and the sort it belongs to), so a
 * page never repeats or skips a client when others are added or removed meanwhile, and it costs an index range scan.
 */
export function rosterOrder(field: RosterSortField, direction: RosterSortDirection): RosterOrder {
  const { expressions, types } = SORT_KEYS[field];
  const sort = `${field}:${direction}`;
  const sqlDirection = direction === 'ASC' ? 'asc' : 'desc';
  return {
    orderBy: expressions.map((e) => `${e} ${sqlDirection}`).join(', '),
    keyColumns: expressions.map((e, i) => `(${e})::text as k${i}`).join(', '),
    after(cursor, firstParameter) {
      if (cursor === undefined) return { sql: 'true', parameters: [] };
      const keys = decodeCursor(cursor, sort, expressions.length);
      const values = types.map((type, i) => `$${firstParameter + i}::${type}`);
      return { sql: `(${expressions.join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${values.join(', ')})`, parameters: keys };
    },
    cursorOf(row) {
      return Buffer.from(JSON.stringify({ s: sort, k: expressions.map((_, i) => row[`k${i}`]) })).toString('base64url');
    },
  };
}

function decodeCursor(cursor: string, sort: string, length: number): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorProblem();
  }
  const { s, k } = (decoded ?? {}) as { s?: unknown; k?: unknown };
  if (s !== sort || !Array.isArray(k) || k.length !== length || !k.every((v) => typeof v === 'string')) throw cursorProblem();
  return k as string[];
}

const cursorProblem = () => new InvalidInputError([{ field: 'after', message: 'is not a cursor of this list in this order: start again from the first page' }]);

/** How many clients a page holds: the default when not asked, refused beyond the cap. */
export function pageSize(first: number | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError([{ field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return first;
}

/** Tags as the roster keeps them: trimmed, lower case (so filtering ignores case), each once, none empty. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

/** A LIKE pattern that matches `text` anywhere, with its own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
