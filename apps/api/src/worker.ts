import 'reflect-metadata';
import { loadConfig } from '@ascend/platform/config';
import { StartupError } from '@ascend/platform/database';
import { exitOnFailure, openApp, processLog, stopOnSignals } from './process';

/**
 * `npm run worker`: runs jobs only, no HTTP. Start API processes with JOBS_WORKER=false and as many of these as
 * the queue needs; they share the database, and each job runs once (graphile-worker locks it while it runs).
 */
async function main() {
  const config = loadConfig({ ...process.env, JOBS_WORKER: 'true' });
  if (!config.database.ownerUrl) {
    throw new StartupError('npm run worker shares a database with the API: set DATABASE_URL (with the embedded database, npm start runs the worker itself)');
  }
  const log = processLog(config);
  const { app, database } = await openApp(config, log);
  stopOnSignals(async () => {
    await app.close();
    await database.close();
  });
  await app.init();
  log.info(`Ascend worker is running jobs (concurrency ${config.jobs.concurrency})`);
}

main().catch(exitOnFailure);
