import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig, ConfigError } from '@ascend/platform/config';
import { OpenDatabase, openDatabase, StartupError } from '@ascend/platform/database';
import { AppModule } from './app.module';

export function processLog(config: AppConfig) {
  return pino({
    level: config.log.level,
    transport: config.log.format === 'pretty' ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } : undefined,
  });
}

/** Opens (and migrates) the database, then builds the whole application on it; closes the database if that fails. */
export async function openApp(config: AppConfig, log: pino.Logger): Promise<{ app: NestExpressApplication; database: OpenDatabase }> {
  let database: OpenDatabase | undefined;
  try {
    const started = Date.now();
    database = await openDatabase(
      config.database,
      (line) => log.debug({ context: 'Postgres' }, line),
      (line) => log.warn({ context: 'Postgres' }, line),
    );
    log.info(
      `Database ready in ${Date.now() - started} ms (${database.embedded ? `embedded, data in ${config.database.embedded.dataDir}` : 'external'}; ${database.migrationsApplied.length} migration(s) applied)`,
    );
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, { appUrl: database.appUrl, ownerUrl: database.ownerUrl, poolSize: config.database.poolSize }),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    return { app, database };
  } catch (error) {
    await database?.close();
    throw error;
  }
}

export function stopOnSignals(stop: () => Promise<void>) {
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

export function exitOnFailure(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`ascend: ${error.message}`);
  } else {
    console.error('ascend: could not start:', error);
  }
  process.exit(1);
}
