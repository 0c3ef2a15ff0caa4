// `npm test`: lint, type checks, unit and integration tests (real PostgreSQL), builds, then browser journeys
// against the production build. Ends with one line that adds up every Jest run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const reports = join(root, '.reports/jest');
const args = process.argv.slice(2);
// --keep-reports adds this run's counts to the previous run's (CI's second pass against PostgreSQL 15).
if (!args.includes('--keep-reports')) rmSync(reports, { recursive: true, force: true });

const named = args.filter((arg) => !arg.startsWith('--'));
const targets = named.length ? named : ['lint', 'typecheck', 'test', 'build', 'e2e'];
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: process.env.CI ? 'true' : process.env.NX_SKIP_NX_CACHE };
const nx = spawnSync('npx', ['nx', 'run-many', '-t', ...targets, '--outputStyle=static'], { cwd: root, stdio: 'inherit', env });

const runs = existsSync(reports)
  ? readdirSync(reports).map((file) => JSON.parse(readFileSync(join(reports, file), 'utf8')))
  : [];
const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nTest runs:');
for (const run of runs.sort((a, b) => a.project.localeCompare(b.project))) {
  console.log(`  ${run.project.padEnd(28)} ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += run[key];
}
if (nx.status !== 0) console.log('\nSome tasks failed (lint, typecheck, test, build or e2e): see their output above.');
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(nx.status === 0 && total.failed === 0 ? 0 : 1);
