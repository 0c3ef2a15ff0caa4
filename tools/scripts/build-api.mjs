// Compiles the API and the libraries it uses with swc, file by file, keeping the repository's folder layout
// under dist/apps/api so that rewritten import aliases resolve. Type checking is the `typecheck` target's job.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { swcOptions, root } = require('../swc-options.cjs');
const outDir = path.join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/api'];
const skipped = /(\.spec|\.int-spec|\.isolation|\.test)\.ts$|\/testing\//;

async function* typescriptFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !skipped.test(full)) yield full;
  }
}

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
const options = { ...swcOptions(), sourceMaps: true };
let count = 0;
for (const source of sources) {
  for await (const file of typescriptFiles(path.join(root, source))) {
    const { code, map } = await transformFile(file, { ...options, filename: file });
    const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
    await writeFile(`${target}.map`, map);
    count++;
  }
}
console.log(`api: compiled ${count} files into ${path.relative(root, outDir)} in ${Date.now() - started} ms`);
