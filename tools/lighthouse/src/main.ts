// `npm run lighthouse`: Lighthouse 12 (mobile, its default) on the public pages of the production build, served by
// Ascend as `npm start` serves it. Prints the scores against the targets; exits 1 only when the audit cannot run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CannotRun, root, type Running, startAscend, startChromium } from './processes';
import { CATEGORIES, missedTargets, pageLines, type PageResult, pageResult } from './report';

const PAGES = ['/', '/p/ridgeline'];
// The full reports, for the details behind a score (open them in https://googlechrome.github.io/lighthouse/viewer/).
const REPORT_DIR = path.join(root, '.reports/lighthouse');

async function audit(workDir: string, stops: (() => Promise<void>)[]): Promise<PageResult[]> {
  console.log('· starting Ascend (production build, demo data, embedded PostgreSQL)');
  const ascend: Running = await startAscend(workDir);
  stops.push(ascend.stop);
  console.log('· starting Chromium');
  const chromium = await startChromium(workDir);
  stops.push(chromium.stop);

  const { default: lighthouse } = await import('lighthouse');
  const results: PageResult[] = [];
  for (const page of PAGES) {
    console.log(`· auditing ${page}`);
    // One visit first, so the figures are of a warm server rather than of its first request.
    await fetch(`${ascend.url}${page}`, { headers: { accept: 'text/html' } }).then((response) => response.arrayBuffer());
    const run = await lighthouse(`${ascend.url}${page}`, { port: chromium.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new CannotRun(`Lighthouse returned nothing for ${page}`);
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(path.join(REPORT_DIR, `${page === '/' ? 'home' : page.slice(1).replaceAll('/', '-')}.json`), JSON.stringify(run.lhr));
    results.push(pageResult(page, run.lhr));
  }
  return results;
}

async function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), 'ascend-lighthouse-'));
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    const results = await audit(workDir, stops);
    console.log(`\nLighthouse 12, mobile (simulated slow 4G, 4x CPU slowdown); reports in ${path.relative(root, REPORT_DIR)}\n`);
    for (const result of results) console.log(`${pageLines(result).join('\n')}\n`);
    const missed = missedTargets(results);
    console.log(missed.length ? `Targets NOT met: ${missed.join(', ')}` : 'All targets met: performance ≥ 90, accessibility ≥ 95, SEO 100, JavaScript ≤ 150 KiB.');
  } catch (error) {
    process.exitCode = 1;
    console.error(`\nThe Lighthouse audit could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await stopAll();
  }
}

void main();
