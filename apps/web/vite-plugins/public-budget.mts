import type { Plugin } from 'vite';
import { entryClosure, type OutputBundle } from './bundle-graph.mjs';
import { compressed } from './compress-assets.mjs';

export const PUBLIC_JS_BUDGET_BYTES = 150 * 1024;

export interface PublicJs {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** The JavaScript the public pages (which live in the entry chunk) download before they run, and its sizes. */
export function publicJs(bundle: OutputBundle): PublicJs {
  const chunks = entryClosure(bundle);
  const result: PublicJs = { files: chunks.map((chunk) => chunk.fileName), rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const chunk of chunks) {
    const code = Buffer.from(chunk.code);
    const { br, gz } = compressed(code);
    result.rawBytes += code.length;
    result.gzipBytes += gz.length;
    result.brotliBytes += br.length;
  }
  return result;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Prints what the public pages download and fails the build when its gzip size is over the budget. */
export function publicBudget(budgetBytes = PUBLIC_JS_BUDGET_BYTES): Plugin {
  return {
    name: 'ascend:public-budget',
    apply: 'build',
    writeBundle(_options, bundle) {
      const js = publicJs(bundle);
      const summary = `public pages' JavaScript: ${kib(js.brotliBytes)} brotli, ${kib(js.gzipBytes)} gzip, ${kib(js.rawBytes)} raw in ${js.files.join(', ')} (budget ${kib(budgetBytes)})`;
      // Gzip, not brotli: what a client without brotli downloads must fit too.
      if (js.gzipBytes > budgetBytes) this.error(`Over budget: ${summary}`);
      this.info(summary);
    },
  };
}
