/** A row as the import preview read it. */
export interface PreviewedRow {
  row: number;
  name: string;
  email: string;
  status: string | null;
  tags: string[];
  coachEmail: string;
}

export interface ImportChunk {
  /** A CSV of its own: the header, then its rows. */
  csv: string;
  /** The row in the original file of each of its rows, in order (its row 2 is `rows[0]`). */
  rows: number[];
}

export const CHUNK_ROWS = 100;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The valid rows of a previewed file, written back as CSV in chunks, so that a VALID_ROWS import can go in several
 * requests and show its progress. The API checks every row again; the chunk's row numbers map back to the file's.
 */
export function importChunks(rows: readonly PreviewedRow[], size = CHUNK_ROWS): ImportChunk[] {
  const chunks: ImportChunk[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size);
    const lines = part.map((r) => [r.name, r.email, r.status ?? '', r.tags.join(';'), r.coachEmail].map(field).join(','));
    chunks.push({ csv: ['name,email,status,tags,coach email', ...lines].join('\r\n'), rows: part.map((r) => r.row) });
  }
  return chunks;
}
