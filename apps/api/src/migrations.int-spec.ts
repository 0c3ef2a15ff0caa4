import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase, testCluster, withClient } from '@ascend/platform/testing';
import {
  ensureApplicationRole,
  migrate,
  migrations,
  pendingMigrations,
  StartupError,
  urlForDatabase,
  urlForRole,
} from '@ascend/platform/database';

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

  it('close Ascend’s database to everyone not granted it, and name the other databases the application role may reach', async () => {
    const cluster = testCluster();
    const warnings: string[] = [];
    await migrate({ ownerUrl: db.ownerUrl, appUser: cluster.appUser, appPassword: cluster.appPassword, warn: (line) => warnings.push(line) });
    // The test cluster holds every test file's database, each open to the shared application role.
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^The application role ${cluster.appUser} may also connect to \\w`))]);
    const [{ open }] = await db.query<{ open: boolean }>(`select has_database_privilege('public', current_database(), 'CONNECT') as open`);
    expect(open).toBe(false);
  });

  it('leave the application role only reading the migrations ledger', async () => {
    await withClient(db.appUrl, async (app) => {
      await expect(app.query('select count(*) from migrations')).resolves.toBeTruthy();
      await expect(app.query(`delete from migrations`)).rejects.toThrow(/permission denied/);
    });
  });

  it('explain, naming the database, when it is missing and may not be created', async () => {
    const cluster = testCluster();
    // DATABASE_URL's role usually may create databases, so the owner here is a throwaway login role that may not.
    // Roles belong to the whole cluster, which other test files and runs share: the name is unique and the role owns nothing.
    const role = `ascend_test_no_createdb_${process.pid}_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(16).toString('hex');
    const missing = `${db.name}_missing`;
    await withClient(cluster.adminUrl, (admin) =>
      admin.query(`create role ${admin.escapeIdentifier(role)} login nocreatedb nocreaterole nosuperuser password '${password}'`),
    );
    // It may reach the maintenance database (the embedded cluster admits only those granted it), only not create one.
    const maintenance = (verb: 'grant' | 'revoke') =>
      withClient(cluster.adminUrl, (admin) => admin.query(`${verb} connect on database postgres ${verb === 'grant' ? 'to' : 'from'} ${admin.escapeIdentifier(role)}`));
    await maintenance('grant');
    try {
      const ownerUrl = urlForDatabase(urlForRole(cluster.adminUrl, role, password), missing);
      await expect(migrate({ ownerUrl, appUser: cluster.appUser, appPassword: cluster.appPassword })).rejects.toThrow(
        `Database ${missing} does not exist and could not be created: permission denied to create database`,
      );
    } finally {
      await maintenance('revoke');
      await withClient(cluster.adminUrl, (admin) => admin.query(`drop role if exists ${admin.escapeIdentifier(role)}`));
    }
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
