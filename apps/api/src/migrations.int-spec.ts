import { Client } from 'pg';
import { createTestDatabase, TestDatabase, testCluster, withClient } from '@ascend/platform/testing';
import { ensureApplicationRole, migrate, migrations, pendingMigrations, StartupError } from '@ascend/platform/database';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('are all applied to a fresh database, and a second run applies nothing', async () => {
    const cluster = testCluster();
    const applied = await db.query<{ name: string }>('select name from migrations order by id');
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await migrate({ ownerUrl: db.ownerUrl, appUser: cluster.appUser, appPassword: cluster.appPassword })).toEqual([]);
    expect(await pendingMigrations((sql) => db.query(sql))).toEqual([]);
  });

  it('leave the application role only reading the migrations ledger', async () => {
    await withClient(db.appUrl, async (app) => {
      await expect(app.query('select count(*) from migrations')).resolves.toBeTruthy();
      await expect(app.query(`delete from migrations`)).rejects.toThrow(/permission denied/);
    });
  });

  it('explain, naming the database, when it is missing and may not be created', async () => {
    const cluster = testCluster();
    const url = new URL(db.ownerUrl);
    url.pathname = `/${db.name}_missing`;
    const owner = decodeURIComponent(url.username);
    const mayCreate = await withClient(cluster.adminUrl, (c) => c.query('select rolcreatedb or rolsuper as yes from pg_roles where rolname = $1', [owner]));
    if (mayCreate.rows[0].yes) return; // DATABASE_URL's role may create databases: the next test covers it.
    await expect(migrate({ ownerUrl: url.toString(), appUser: cluster.appUser, appPassword: cluster.appPassword })).rejects.toThrow(
      `Database ${db.name}_missing does not exist and could not be created: permission denied to create database`,
    );
  });

  it('create a missing database instead of failing', async () => {
    const cluster = testCluster();
    // A role that may create databases, as DATABASE_URL's usually is.
    const url = new URL(cluster.adminUrl);
    const name = `${db.name}_created`;
    url.pathname = `/${name}`;
    try {
      await migrate({ ownerUrl: url.toString(), appUser: cluster.appUser, appPassword: cluster.appPassword });
      const tables = await withClient(url.toString(), (c) => c.query(`select 1 from pg_tables where tablename = 'practice'`));
      expect(tables.rowCount).toBe(1);
    } finally {
      await withClient(cluster.adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    }
  });
});

describe('the application role', () => {
  it('is refused when it is a superuser', async () => {
    const cluster = testCluster();
    await withClient(cluster.adminUrl, async (admin: Client) => {
      await admin.query('begin');
      try {
        await admin.query('create role ascend_test_too_mighty superuser');
        await expect(ensureApplicationRole(admin, 'ascend_test_too_mighty', 'whatever-long')).rejects.toThrow(
          new StartupError('The application role ascend_test_too_mighty is a superuser; it must be neither (set DATABASE_APP_USER to another role)'),
        );
      } finally {
        await admin.query('rollback');
      }
    });
  });
});
