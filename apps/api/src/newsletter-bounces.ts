import 'reflect-metadata';
import { BounceListError, markBounceFile } from '@ascend/newsletter';
import { loadConfig } from '@ascend/platform/config';
import { exitOnFailure, openApp, processLog } from './process';

/**
 * `npm run newsletter:bounces -- <file.csv|file.json>`: marks a provider's list of hard bounces and complaints, so
 * those addresses are never mailed again. Nothing is marked when any line is wrong; each wrong line is named.
 */
async function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length) {
    console.error('usage: npm run newsletter:bounces -- <file.csv|file.json>   (CSV columns: email, type bounce|complaint, practice_id optional)');
    process.exit(2);
  }
  // Only the database and the services: no job worker, no demo data, and logs only when something is wrong.
  const config = loadConfig({ ...process.env, JOBS_WORKER: 'false', DEMO_DATA: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { app, database } = await openApp(config, processLog(config));
  let failed = true;
  try {
    const { received, marked } = await markBounceFile(app, file);
    console.log(`newsletter:bounces: ${received} address(es) read, ${marked} subscriber(s) marked; they will not be mailed again`);
    failed = false;
  } catch (error) {
    if (!(error instanceof BounceListError)) throw error;
    console.error(`newsletter:bounces: nothing was marked.\n${error.problems.map((p) => `  ${p.field} ${p.message}`).join('\n')}`);
  } finally {
    await app.close();
    await database.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch(exitOnFailure);
