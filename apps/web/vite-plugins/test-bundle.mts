import type { OutputBundle } from './bundle-graph.mjs';

export interface FakeChunk {
  code: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** A bundle as Vite hands it to writeBundle, with only the fields the plugins read. */
export function fakeBundle(chunks: Record<string, FakeChunk>, stylesheets: Record<string, string> = {}): OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const [fileName, chunk] of Object.entries(chunks)) {
    bundle[fileName] = {
      type: 'chunk',
      fileName,
      code: chunk.code,
      isEntry: chunk.isEntry ?? false,
      imports: chunk.imports ?? [],
      viteMetadata: { importedCss: new Set(chunk.css ?? []), importedAssets: new Set() },
    };
  }
  for (const [fileName, source] of Object.entries(stylesheets)) bundle[fileName] = { type: 'asset', fileName, source };
  return bundle as OutputBundle;
}

type WriteBundle = (this: unknown, options: unknown, bundle: OutputBundle) => void;

/** Runs a plugin's writeBundle hook with a context that throws on this.error, as Vite's does. */
export function runWriteBundle(hook: unknown, bundle: OutputBundle): { info: string[] } {
  const info: string[] = [];
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
    info: (message: string) => void info.push(message),
  };
  (hook as WriteBundle).call(context, {}, bundle);
  return { info };
}
