import type { ClientImportMode } from '@ascend/web/data-access';
import { useState } from 'react';
import { importChunks, type PreviewedRow } from './csv-chunks';
import { useClientImport } from './use-roster';

export interface SkippedRow {
  row: number;
  email: string;
  problems: { column: string; message: string }[];
}

export type ImportRun =
  | { state: 'idle' }
  | { state: 'running'; mode: ClientImportMode; done: number; total: number }
  | { state: 'done'; added: number; skipped: SkippedRow[] }
  | { state: 'failed'; error: Error; added: number };

/**
 * Runs an import. ALL_OR_NOTHING sends the file in one request (one transaction: all rows or none), so its progress
 * cannot be measured. VALID_ROWS sends the rows the preview found valid in chunks (each checked again by the API),
 * counting them as they land; rows the preview refused are reported as skipped without being sent.
 */
export function useImportRun() {
  const { importChunk, refreshRoster } = useClientImport();
  const [run, setRun] = useState<ImportRun>({ state: 'idle' });

  async function start(csv: string, rows: readonly (PreviewedRow & { problems: SkippedRow['problems'] })[], mode: ClientImportMode) {
    // Chunks that landed before a failure stay imported: the summary says how many.
    let added = 0;
    try {
      if (mode === 'ALL_OR_NOTHING') {
        setRun({ state: 'running', mode, done: 0, total: rows.length });
        const result = await importChunk(csv, mode);
        setRun({ state: 'done', added: result.added, skipped: result.skipped });
      } else {
        const refused = rows.filter((r) => r.problems.length).map(({ row, email, problems }) => ({ row, email, problems }));
        const chunks = importChunks(rows.filter((r) => !r.problems.length));
        const total = chunks.reduce((sum, chunk) => sum + chunk.rows.length, 0);
        let done = 0;
        const skipped = [...refused];
        setRun({ state: 'running', mode, done, total });
        for (const chunk of chunks) {
          const result = await importChunk(chunk.csv, mode);
          added += result.added;
          // The chunk numbers its rows from 2, as a file of its own: back to the rows of the file.
          skipped.push(...result.skipped.map((s) => ({ ...s, row: chunk.rows[s.row - 2] })));
          done += chunk.rows.length;
          setRun({ state: 'running', mode, done, total });
        }
        setRun({ state: 'done', added, skipped: skipped.sort((a, b) => a.row - b.row) });
      }
    } catch (error) {
      setRun({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)), added });
    } finally {
      await refreshRoster();
    }
  }

  return { run, start, reset: () => setRun({ state: 'idle' }) };
}
