import 'reflect-metadata';
import { loadConfig } from '@ascend/platform/config';
import { configureHttp } from '@ascend/platform/core';
import { assertPortFree } from '@ascend/platform/database';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { DemoSeeder } from '@ascend/demo';
import { publicSitePages } from '@ascend/content';
import { MasterclassPage } from '@ascend/events';
import { exitOnFailure, openApp, processLog, stopOnSignals } from './process';
import { serveWebApp } from './web-app';

/** `npm start`: the API and the web app on one port, and (unless JOBS_WORKER=false) a job worker in the same process. */
async function main() {
  const config = loadConfig();
  const log = processLog(config);
  await assertPortFree(config.port, config.host, `stop the other program or start with another port, e.g. PORT=${config.port + 1} npm start`);
  const { app, database } = await openApp(config, log);
  try {
    configureHttp(app, config);
    const db = app.get(TenantDatabase);
    const servesWeb = serveWebApp(app, config.webDist, {
      // Pages whose HTML the server fills in, for link previews that run no JavaScript.
      pages: [app.get(MasterclassPage), ...publicSitePages.map((page) => app.get(page))],
      // One statement outside any transaction; a suspended practice still has its address (its page says why).
      practiceExists: async (slug) => (await db.autocommit<unknown[]>('select 1 from practice_directory where slug = $1', [slug])).length > 0,
    });
    if (!servesWeb) log.warn(`No built web app in ${config.webDist}: only the API is served (npm start builds it)`);
    if (config.demoData) await app.get(DemoSeeder).seed();
    stopOnSignals(async () => {
      await app.close();
      await database.close();
    });
    await app.listen(config.port, config.host);
    log.info(`Ascend is running on ${config.publicUrl}${servesWeb ? '' : ' (API only)'}${config.jobs.runWorker ? ', with a job worker' : ''}`);
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.close();
    throw error;
  }
}

main().catch(exitOnFailure);
