/** @jest-environment node */
import { gzipSync } from 'node:zlib';
import { publicBudget, publicJs } from './public-budget.mjs';
import { fakeBundle, runWriteBundle } from './test-bundle.mjs';

// Random digits barely compress, so sizes are predictable.
const incompressible = (bytes: number) => Array.from({ length: bytes }, () => Math.floor(Math.random() * 10)).join('');

describe('public JavaScript', () => {
  const bundle = fakeBundle({
    'assets/index.js': { code: `import './shared.js'; import('./lazy.js'); ${incompressible(2000)}`, isEntry: true, imports: ['assets/shared.js'] },
    'assets/shared.js': { code: `import './runtime.js'; ${incompressible(1000)}`, imports: ['assets/runtime.js'] },
    'assets/runtime.js': { code: 'export const runtime = 1;' },
    'assets/lazy.js': { code: incompressible(50_000), imports: ['assets/shared.js'] },
  });

  it('is the entry and what it imports statically, lazily imported chunks left out', () => {
    const js = publicJs(bundle);

    expect(js.files).toEqual(['assets/index.js', 'assets/shared.js', 'assets/runtime.js']);
    expect(js.gzipBytes).toBeGreaterThan(1000);
    expect(js.gzipBytes).toBeLessThan(3000);
    expect(js.brotliBytes).toBeLessThan(js.rawBytes);
  });

  it('fails the build over the budget, and reports the sizes under it', () => {
    const gzip = ['assets/index.js', 'assets/shared.js', 'assets/runtime.js']
      .map((name) => gzipSync(Buffer.from((bundle[name] as { code: string }).code), { level: 9 }).length)
      .reduce((sum, bytes) => sum + bytes, 0);

    expect(() => runWriteBundle(publicBudget(gzip - 1).writeBundle, bundle)).toThrow(/Over budget: public pages' JavaScript/);
    const { info } = runWriteBundle(publicBudget(gzip).writeBundle, bundle);
    expect(info).toEqual([expect.stringMatching(/public pages' JavaScript: .* KiB gzip/)]);
  });
});
