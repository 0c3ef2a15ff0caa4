import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '@ascend/platform/config';
import { configureHttp, withPlatform } from '@ascend/platform/core';
import { DatabaseConnection } from '@ascend/platform/database';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[] } & Record<string, unknown> }[];
  /** With the header `x-ascend-debug: sql` (or `sql-trace`): what the operation sent to PostgreSQL. */
  extensions?: { sql?: { statements: number; connections: number; trace?: { sql: string; params: unknown[] }[] } };
}

export interface TestApp {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  config: AppConfig;
  /** Sends one GraphQL operation the way the web app does. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Domain modules to mount on the platform (the whole API's tests pass every domain). */
  imports?: (Type | DynamicModule)[];
  env?: Record<string, string>;
}

/** Boots the API on a free port against its own fresh database. */
export async function startTestApp({ imports = [], env = {} }: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    LOG_FORMAT: 'json',
    DEMO_DATA: 'false',
    // Mail without SMTP_URL is kept as files: keep them out of the repository.
    DEV_MAIL_DIR: join(tmpdir(), `ascend-test-mail-${db.name}`),
    // Every test request comes from 127.0.0.1; the rate-limit test sets its own low limit.
    AUTH_RATE_LIMIT: '1000',
    DATABASE_POOL_SIZE: '5',
    // Jobs (mail) run in the test app's own worker, which looks for due retries often.
    JOBS_POLL_INTERVAL_MS: '100',
    ...env,
  });
  const connection: DatabaseConnection = { appUrl: db.appUrl, ownerUrl: db.ownerUrl, poolSize: config.database.poolSize };

  let app: INestApplication;
  try {
    app = await NestFactory.create(withPlatform(config, connection, imports), {
      // LOG_LEVEL=error npx jest ... shows what went wrong inside the app.
      logger: process.env.LOG_LEVEL ? ['error', 'warn'] : false,
      abortOnError: false,
    });
    configureHttp(app, config);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await db.drop();
    throw error;
  }
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    app,
    url,
    db,
    config,
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>) };
    },
    async close() {
      await app.close();
      await db.drop();
      await rm(config.mail.devMailDir, { recursive: true, force: true });
    },
  };
}
