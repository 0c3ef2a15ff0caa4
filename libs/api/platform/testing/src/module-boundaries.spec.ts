import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// ESLint loads eslint.config.mjs with a native import(), which Jest's module system does not allow, so the linting
// happens in a plain Node child process through ESLint's API, exactly as `nx lint` would see these files.
const root = path.resolve(__dirname, '../../../../..');
const RULE = 'ascend/no-testing-in-production';
const snippet = [
  "import { startTestApp } from '@ascend/platform/testing';",
  // A rule every API file gets: proves the file was linted with the repository's configuration, not ignored.
  'export const probe: any = startTestApp;',
  '',
].join('\n');

interface LintMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  message: string;
}

// Nx's boundary rule prints warnings to stdout too; the results follow the last marker.
const MARK = 'ESLINT-RESULTS:';
const lintScript = `
const MARK = ${JSON.stringify(MARK)};
const { ESLint } = require('eslint');
const path = require('node:path');
const [snippet, ...files] = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
Promise.all(files.map((file) => eslint.lintText(snippet, { filePath: path.resolve(file) }).then(([result]) => result.messages)))
  .then((messages) => process.stdout.write('\\n' + MARK + JSON.stringify(messages)));
`;

async function lintAs(files: string[]): Promise<Record<string, LintMessage[]>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', lintScript, JSON.stringify([snippet, ...files])], {
    cwd: root,
    maxBuffer: 10 * 1024 * 1024,
  });
  const messages = JSON.parse(stdout.slice(stdout.lastIndexOf(MARK) + MARK.length)) as LintMessage[][];
  return Object.fromEntries(files.map((file, index) => [file, messages[index]]));
}

describe('production code may not import the testing lib', () => {
  const service = 'libs/api/identity/src/team/team.service.ts';
  const tests = ['libs/api/identity/src/team/team.int-spec.ts', 'libs/api/identity/src/team/team.isolation.ts'];
  let results: Record<string, LintMessage[]>;

  beforeAll(async () => {
    results = await lintAs([service, ...tests]);
  }, 60_000);

  it('fails a domain service that imports it', () => {
    expect(results[service].map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
    expect(results[service].filter((m) => m.ruleId === RULE)).toEqual([
      expect.objectContaining({ line: 1, severity: 2, message: expect.stringContaining("'@ascend/platform/testing'") }),
    ]);
  });

  it.each(tests)('lets tests import it: %s', (file) => {
    expect(results[file].map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
    expect(results[file].filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
