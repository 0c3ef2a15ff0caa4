import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, migrate, startEmbeddedPostgres, urlForDatabase } from '@ascend/platform/database/node';
import { publishTestCluster } from '../test-cluster';
import { freePort } from '../free-port';

declare global {
  var __ascendTestTeardown: (() => Promise<void>) | undefined;
}

const APP_USER = 'ascend_app';
const APP_PASSWORD = 'ascend-app-test-only';

/**
 * One PostgreSQL per Jest run: DATABASE_URL's server when set (CI also runs against the machine's PostgreSQL 15),
 * an embedded one otherwise. Migrations run once into a template database that every test file copies.
 */
export default async function globalSetup() {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl: string;
  let ownerUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    ownerUrl = adminUrl;
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'ascend-test-pg-'));
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data'), port: await freePort() });
    adminUrl = embedded.superuserUrl;
    ownerUrl = embedded.ownerUrl;
  }

  const template = `ascend_template_${process.pid}_${Date.now().toString(36)}`;
  const owner = decodeURIComponent(new URL(ownerUrl).username) || 'postgres';
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${admin.escapeIdentifier(template)} owner ${admin.escapeIdentifier(owner)}`);
  await admin.end();
  await migrate({ ownerUrl: urlForDatabase(ownerUrl, template), appUser: APP_USER, appPassword: APP_PASSWORD });

  publishTestCluster({ adminUrl, ownerUrl, template, appUser: APP_USER, appPassword: APP_PASSWORD });
  globalThis.__ascendTestTeardown = async () => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${client.escapeIdentifier(template)} with (force)`);
    await client.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
