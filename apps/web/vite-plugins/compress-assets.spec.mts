/** @jest-environment node */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { ResolvedConfig } from 'vite';
import { compressAssets } from './compress-assets.mjs';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ascend-compress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build() {
  const plugin = compressAssets();
  (plugin.configResolved as (config: ResolvedConfig) => void)({ build: { outDir: dir } } as ResolvedConfig);
  (plugin.closeBundle as () => void)();
}

it('writes brotli and gzip beside every text file of the build, the public folder included', () => {
  const script = 'export const greeting = "hello";\n'.repeat(50);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/index-AbC123.js'), script);
  writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>Ascend</p>'.repeat(20)}`);
  writeFileSync(join(dir, 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(40)}</svg>`);

  build();

  expect(brotliDecompressSync(readFileSync(join(dir, 'assets/index-AbC123.js.br'))).toString()).toBe(script);
  expect(gunzipSync(readFileSync(join(dir, 'assets/index-AbC123.js.gz'))).toString()).toBe(script);
  for (const file of ['index.html', 'favicon.svg']) {
    expect(existsSync(join(dir, `${file}.br`))).toBe(true);
    expect(existsSync(join(dir, `${file}.gz`))).toBe(true);
  }
});

it('leaves out variants no smaller than the file, and files that do not compress', () => {
  writeFileSync(join(dir, 'tiny.js'), 'x');
  writeFileSync(join(dir, 'photo.png'), Buffer.alloc(2000));

  build();

  for (const file of ['tiny.js', 'photo.png']) {
    expect(existsSync(join(dir, `${file}.br`))).toBe(false);
    expect(existsSync(join(dir, `${file}.gz`))).toBe(false);
  }
});
