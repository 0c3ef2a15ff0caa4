import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { demoAccounts, demoCoachingClients, DemoSeeder, demoPractice } from '@ascend/demo';
import { PracticeService } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { startTestApp, TestApp } from '@ascend/platform/testing';
import { domainModules } from './domains';
import { printApiSchema } from './schema';

describe('the API as shipped', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: domainModules });
  });
  afterAll(() => t.close());

  describe('schema', () => {
    it('matches the committed apps/api/schema.graphql (run `npm run schema` after changing the API)', async () => {
      const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
      expect(await printApiSchema()).toBe(committed);
    });

    it('is the schema the running app serves', async () => {
      const served = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
      expect(served).toBe(await printApiSchema());
    });
  });

  describe('database roles', () => {
    it('connects as a role that is neither superuser nor allowed to bypass row level security', async () => {
      const rows = await t.app
        .get<DataSource>(getDataSourceToken())
        .query('SELECT current_user AS role, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
      expect(rows).toEqual([{ role: 'ascend_app', rolsuper: false, rolbypassrls: false }]);
    });

    it('connects as a role that owns no table and may not create one', async () => {
      const owned = await t.db.query(
        `select c.relname from pg_class c join pg_roles r on r.oid = c.relowner
          where r.rolname = 'ascend_app' and c.relnamespace = 'public'::regnamespace`,
      );
      expect(owned).toEqual([]);
      await expect(t.app.get<DataSource>(getDataSourceToken()).query('create table intruder (id int)')).rejects.toThrow(/permission denied/);
    });
  });

  describe('operations', () => {
    it('answers liveness on /health', async () => {
      const response = await fetch(`${t.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    });

    it('answers readiness on /ready once the database answers and migrations are applied', async () => {
      const response = await fetch(`${t.url}/ready`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, migrations: { status: 'up' } } });
    });

    it('reports not ready, naming the migration, when one is missing', async () => {
      const [{ name }] = await t.db.query<{ name: string }>('select name from migrations order by id desc limit 1');
      await t.db.query('delete from migrations where name = $1', [name]);
      try {
        const response = await fetch(`${t.url}/ready`);
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ status: 'error', error: { migrations: { status: 'down', pending: [name] } } });
      } finally {
        await t.db.query(`insert into migrations (timestamp, name) values ($1, $2)`, [Number(name.match(/\d+$/)![0]), name]);
      }
    });

    it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
      const given = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'trace-1234abcd' } });
      expect(given.headers.get('x-request-id')).toBe('trace-1234abcd');
      const made = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

    it('names no framework, lets no cache keep a GraphQL answer and hashes none for an ETag', async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

  describe('GraphQL faults are answered in GraphQL, never as an HTML 500', () => {
    const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers, body });

    it('a syntax error', async () => {
      const response = await post(JSON.stringify({ query: '{ practice(slug: ' }));
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(body.errors[0].message).toMatch(/Syntax Error/);
    });

    it('a field that does not exist', async () => {
      const { status, errors } = await t.graphql('{ practice(slug: "ridgeline") { password } }');
      expect(status).toBe(400);
      expect(errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(errors![0].message).toMatch(/Cannot query field "password"/);
    });

    it('a missing variable', async () => {
      const { status, errors } = await t.graphql('query P($slug: String!) { practice(slug: $slug) { name } }', {});
      expect(status).toBe(400);
      expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toMatch(/\$slug/);
    });

    it('a body that is not JSON', async () => {
      const response = await post('{"query": ');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/json/);
      expect(await response.text()).not.toMatch(/<html/i);
    });

    it('a cross-site simple request is refused by CSRF prevention', async () => {
      const response = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF|preflight/i);
    });
  });

  describe('demo data', () => {
    it('creates the demo practice once, however often the app starts', async () => {
      await t.app.get(DemoSeeder).seed();
      await t.app.get(DemoSeeder).seed();
      expect(await t.db.query('select slug, name, time_zone from practice')).toEqual([
        { slug: demoPractice.slug, name: demoPractice.name, time_zone: demoPractice.timeZone },
      ]);
      const { data } = await t.graphql<{ practice: { coachName: string } }>(`{ practice(slug: "${demoPractice.slug}") { coachName } }`);
      expect(data?.practice.coachName).toBe(demoPractice.coachName);
    });

    it('creates the demo owner, coach and clients once, who can sign in with the listed passwords', async () => {
      await t.app.get(DemoSeeder).seed();
      await t.app.get(DemoSeeder).seed();
      const members = await t.db.query('select u.email, m.role from membership m join app_user u on u.id = m.user_id order by u.email');
      const offered = demoAccounts.map(({ email, role }) => ({ email, role }));
      // The rest of the roster are clients with accounts nobody can sign in to; a lead has no account.
      const roster = demoCoachingClients.filter((c) => c.status !== 'LEAD' && !offered.some((a) => a.email === c.email)).map(({ email }) => ({ email, role: 'CLIENT' }));
      expect(members).toEqual([...offered, ...roster].sort((x, y) => x.email.localeCompare(y.email)));
      for (const { email, password } of demoAccounts) {
        const { errors } = await t.graphql(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { email, password } });
        expect(errors).toBeUndefined();
      }
    });

    it('offers the demo sign-ins only when the server runs with demo data outside production', async () => {
      expect((await t.graphql(`{ demoAccounts { email } }`)).data).toEqual({ demoAccounts: [] });
      const withDemo = await startTestApp({ imports: domainModules, env: { DEMO_DATA: 'true' } });
      try {
        const { data } = await withDemo.graphql<{ demoAccounts: { email: string }[] }>(`{ demoAccounts { role name email password } }`);
        expect(data?.demoAccounts).toEqual(demoAccounts);
      } finally {
        await withDemo.close();
      }
    });

    it('never creates demo accounts in production', async () => {
      const production = { ...t.config, isProduction: true };
      const seeder = new DemoSeeder(t.app.get(PracticeService), t.app.get(TenantDatabase), production);
      await t.db.query(`delete from app_user where email like '%@ridgeline.example'`);
      await seeder.seed();
      expect(await t.db.query(`select email from app_user where email like '%@ridgeline.example'`)).toEqual([]);
    });
  });
});
