import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import { ACCESS_POLICY } from '@ascend/platform/tenancy';
import { join } from 'node:path';
import {
  collectIsolationCases,
  MailCatcher,
  operationsWithoutCase,
  rootOperations,
  runIsolationCase,
  signUpOwner,
  startMailCatcher,
  startTestApp,
  TenantPair,
  TestApp,
  waitForJobs,
  withClient,
} from '@ascend/platform/testing';
import { domainModules } from './domains';
import { resolvers } from './schema';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Every Query and Mutation with the access policy its resolver method declares (undefined: none). */
function declaredPolicies(): Map<string, unknown> {
  const policies = new Map<string, unknown>();
  for (const resolver of resolvers) {
    for (const key of Object.getOwnPropertyNames(resolver.prototype)) {
      const method = resolver.prototype[key as keyof typeof resolver.prototype] as object;
      const type = typeof method === 'function' ? Reflect.getMetadata(RESOLVER_TYPE, method) : undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name = Reflect.getMetadata(RESOLVER_NAME, method) ?? key;
      policies.set(`${type}.${name}`, Reflect.getMetadata(ACCESS_POLICY, method) ?? Reflect.getMetadata(ACCESS_POLICY, resolver));
    }
  }
  return policies;
}

/** Tables that hold tenant rows but are not fully protected by row level security. */
async function unprotectedTenantTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ table: string }>(
    `select c.relname as table
       from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
        and (not c.relrowsecurity or not c.relforcerowsecurity
             or not exists (select 1 from pg_policy p where p.polrelid = c.oid))
      order by 1`,
  );
  return rows.map((r) => r.table);
}

// Every domain's cases, found beside its code (libs/api/**/*.isolation.ts).
const { cases, files: caseFiles } = collectIsolationCases(join(__dirname, '../../../libs/api'));

/** A fresh pair for every case, so no case depends on what another did; tenant A has an invitation to aim at. */
async function tenantPair(t: TestApp): Promise<TenantPair> {
  const pair = { a: await signUpOwner(t), b: await signUpOwner(t) };
  await t.graphql(`mutation { inviteMember(input: { email: "invited-to-a@example.com", role: COACH }) { id } }`, {}, pair.a.headers);
  // The pair's own background work (its mails rotate invitation tokens) is done before anything is compared.
  await waitForJobs(t.db);
  return pair;
}

describe('tenant isolation', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: domainModules, env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('declares an access policy on every Query and Mutation', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const policies = declaredPolicies();
    expect(rootOperations(schema).filter((operation) => !policies.get(operation))).toEqual([]);
  });

  it('has an isolation case for every operation in the schema, found beside each domain', () => {
    expect(caseFiles.length).toBeGreaterThan(0);
    expect(operationsWithoutCase(t.app.get(GraphQLSchemaHost).schema, cases)).toEqual([]);
  });

  it.each(Object.keys(cases))('%s: tenant B reaches nothing of tenant A', async (operation) => {
    await runIsolationCase(t, await tenantPair(t), mail, cases[operation]);
  });

  describe('row level security, on its own', () => {
    const asApp = <T>(work: (c: Client) => Promise<T>) => withClient(t.db.appUrl, work);

    it('protects every table that has tenant_id: enabled, forced, with a policy', async () => {
      expect(await withClient(t.db.ownerUrl, unprotectedTenantTables)).toEqual([]);
    });

    it('reports a table whose row level security is turned off', async () => {
      await withClient(t.db.ownerUrl, async (owner) => {
        await owner.query('begin');
        try {
          await owner.query('alter table membership disable row level security');
          expect(await unprotectedTenantTables(owner)).toEqual(['membership']);
        } finally {
          await owner.query('rollback');
        }
      });
    });

    it('shows no tenant rows at all when no tenant is set', async () => {
      await tenantPair(t);
      await asApp(async (app) => {
        for (const table of ['membership', 'invitation', 'audit_event']) {
          expect((await app.query(`select * from ${table}`)).rows).toEqual([]);
        }
      });
      expect((await t.db.query<{ n: number }>('select count(*)::int as n from membership'))[0].n).toBeGreaterThanOrEqual(2);
    });

    it('shows a practice row only inside the practice, and to anyone only its public page', async () => {
      const pair = await tenantPair(t);
      await asApp(async (app) => {
        await app.query('begin');
        const outside = (await app.query('select id from practice where id = $1', [pair.a.practiceId])).rows;
        const profile = (await app.query('select * from practice_profile where id = $1', [pair.a.practiceId])).rows;
        await app.query(`select set_config('app.tenant_id', $1, true)`, [pair.b.practiceId]);
        const asB = (await app.query('select id from practice where id = $1', [pair.a.practiceId])).rows;
        await app.query(`select set_config('app.tenant_id', $1, true)`, [pair.a.practiceId]);
        const inside = (await app.query('select id from practice where id = $1', [pair.a.practiceId])).rows;
        await app.query('rollback');
        expect([outside, asB, inside]).toEqual([[], [], [{ id: pair.a.practiceId }]]);
        expect(Object.keys(profile[0]).sort()).toEqual(['coach_bio', 'coach_name', 'cta_text', 'cta_url', 'id', 'name', 'photo_url', 'slug', 'social_links', 'tagline', 'time_zone']);
      });
    });

    it('keeps a column added to practice later off the public page', async () => {
      const pair = await tenantPair(t);
      await withClient(t.db.ownerUrl, async (owner) => {
        await owner.query('begin');
        try {
          await owner.query(`alter table practice add column stripe_customer_id text default 'cus_private'`);
          const [row] = (await owner.query('select * from practice_profile where id = $1', [pair.a.practiceId])).rows;
          expect(row).not.toHaveProperty('stripe_customer_id');
        } finally {
          await owner.query('rollback');
        }
      });
    });

    it('returns none of tenant B rows to a bare SELECT with tenant A set', async () => {
      const pair = await tenantPair(t);
      await asApp(async (app) => {
        await app.query('begin');
        await app.query(`select set_config('app.tenant_id', $1, true)`, [pair.a.practiceId]);
        const memberships = (await app.query('select tenant_id from membership')).rows;
        const audit = (await app.query('select tenant_id from audit_event')).rows;
        await app.query('rollback');
        expect(memberships).toEqual([{ tenant_id: pair.a.practiceId }]);
        expect(audit.length).toBeGreaterThan(0);
        expect(audit.every((row) => row.tenant_id === pair.a.practiceId)).toBe(true);
      });
    });

    it('refuses to write a row into another tenant, sign-in records included', async () => {
      const pair = await tenantPair(t);
      await asApp(async (app) => {
        for (const action of ['MEMBER_REMOVED', 'SIGNED_IN']) {
          await app.query('begin');
          // Tenant and user are B's: B's sign-ins may be recorded in B's practices only.
          await app.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [pair.b.practiceId, pair.b.userId]);
          await expect(app.query(`insert into audit_event (tenant_id, action) values ($1, $2)`, [pair.a.practiceId, action])).rejects.toThrow(/row-level security/);
          await app.query('rollback');
        }
      });
    });

    it('enters a practice only for its members, and only in a live session, in the access check itself', async () => {
      const pair = await tenantPair(t);
      const sessionOf = (accessToken: string) => (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
      const enter = `select app_enter($1, $2, $3) as role, current_setting('app.tenant_id') as tenant, current_setting('app.user_id') as person`;
      await asApp(async (app) => {
        await app.query('begin');
        const notMember = await app.query(enter, [pair.a.practiceId, pair.b.userId, sessionOf(pair.b.accessToken)]);
        const rows = (await app.query('select tenant_id from membership where tenant_id = $1', [pair.a.practiceId])).rows;
        const noSession = await app.query(enter, [pair.a.practiceId, pair.a.userId, sessionOf(pair.b.accessToken)]);
        const member = await app.query(enter, [pair.a.practiceId, pair.a.userId, sessionOf(pair.a.accessToken)]);
        await app.query('rollback');
        expect(notMember.rows).toEqual([{ role: '', tenant: '', person: pair.b.userId }]);
        expect(rows).toEqual([]);
        expect(noSession.rows).toEqual([{ role: null, tenant: '', person: '' }]);
        expect(member.rows).toEqual([{ role: 'OWNER', tenant: pair.a.practiceId, person: pair.a.userId }]);
      });
    });
  });
});
