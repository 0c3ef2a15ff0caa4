import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml', '.webmanifest']);

/** Brotli and gzip variants of a file's content, at the highest levels: compressed once at build, served many times. */
export function compressed(content: Buffer): { br: Buffer; gz: Buffer } {
  return {
    br: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
    gz: gzipSync(content, { level: 9 }),
  };
}

/**
 * Writes `name.br` and `name.gz` beside every text file of the build (the public folder's files included), so the
 * server sends compressed files without compressing per request. A variant no smaller than the file is left out.
 */
export function compressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'ascend:compress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const file of textFiles(outDir)) {
        const content = readFileSync(file);
        const variants = compressed(content);
        if (variants.br.length < content.length) writeFileSync(`${file}.br`, variants.br);
        if (variants.gz.length < content.length) writeFileSync(`${file}.gz`, variants.gz);
      }
    },
  };
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return COMPRESSIBLE.has(extname(name)) ? [path] : [];
  });
}
