import type { Rolldown } from 'vite';

export type OutputBundle = Rolldown.OutputBundle;
export type OutputChunk = Rolldown.OutputChunk;

export function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
}

/**
 * What every page loads before it runs: the entry chunk and, transitively, the chunks it imports statically.
 * Lazily imported chunks are left out.
 */
export function entryClosure(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map(chunksOf(bundle).map((chunk) => [chunk.fileName, chunk]));
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry chunk, found ${entries.length}`);
  const loaded = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (loaded.has(chunk.fileName)) return;
    loaded.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = chunks.get(name);
      if (imported) visit(imported);
    }
  };
  visit(entries[0]);
  return [...loaded.values()];
}
