import 'reflect-metadata';
import { ImportCommandError, parseImportArguments, runImportCommand } from '@ascend/content';
import { loadConfig } from '@ascend/platform/config';
import { exitOnFailure, openApp, processLog } from './process';

/**
 * `npm run content:import -- <folder> --practice <slug> [--per-file] [--dry-run]`: imports a folder of markdown
 * articles into a practice with the app's own import, one line per file; exits 1 when any file failed.
 */
async function main() {
  let options: ReturnType<typeof parseImportArguments>;
  try {
    options = parseImportArguments(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ImportCommandError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // Only the database and the services: no job worker, no demo data, and logs only when something is wrong.
  const config = loadConfig({ ...process.env, JOBS_WORKER: 'false', DEMO_DATA: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { app, database } = await openApp(config, processLog(config));
  let failed = true;
  try {
    const result = await runImportCommand(app, options, (line: string) => console.log(line));
    failed = result.failed > 0;
  } catch (error) {
    if (!(error instanceof ImportCommandError)) throw error;
    console.error(`content:import: ${error.message}`);
  } finally {
    await app.close();
    await database.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch(exitOnFailure);
