import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { ConfigError, loadConfig } from '@ascend/platform/config';
import { assertPortFree, OpenDatabase, openDatabase, StartupError } from '@ascend/platform/database';
import { DemoSeeder } from '@ascend/demo';
import { AppModule } from './app.module';
import { serveWebApp } from './web-app';

async function main() {
  const config = loadConfig();
  const log = pino({
    level: config.log.level,
    transport: config.log.format === 'pretty' ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } : undefined,
  });
  await assertPortFree(config.port, config.host, `stop the other program or start with another port, e.g. PORT=${config.port + 1} npm start`);

  let database: OpenDatabase | undefined;
  try {
    const started = Date.now();
    database = await openDatabase(config.database, (line) => log.debug({ context: 'Postgres' }, line));
    log.info(
      `Database ready in ${Date.now() - started} ms (${database.embedded ? `embedded, data in ${config.database.embedded.dataDir}` : 'external'}; ${database.migrationsApplied.length} migration(s) applied)`,
    );

    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, { appUrl: database.appUrl, poolSize: config.database.poolSize }),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    app.set('trust proxy', 'loopback');
    app.use(cookieParser());
    const servesWeb = serveWebApp(app, config.webDist);
    if (!servesWeb) log.warn(`No built web app in ${config.webDist}: only the API is served (npm start builds it)`);
    if (config.demoData) await app.get(DemoSeeder).seed();

    stopOnSignals(async () => {
      await app.close();
      await database?.close();
    });
    await app.listen(config.port, config.host);
    log.info(`Ascend is running on ${config.publicUrl}${servesWeb ? '' : ' (API only)'}`);
  } catch (error) {
    await database?.close();
    throw error;
  }
}

function stopOnSignals(stop: () => Promise<void>) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`ascend: ${error.message}`);
  } else {
    console.error('ascend: could not start:', error);
  }
  process.exit(1);
});
