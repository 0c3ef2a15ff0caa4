import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import { ACCESS_POLICY } from '@ascend/platform/tenancy';
import { IsolationCase, operationsWithoutCase, rootOperations, signUpOwner, snapshotTenant, startTestApp, TenantPair, TestApp, withClient } from '@ascend/platform/testing';
import { AppModule } from './app.module';
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

const VIEWER = `{ viewer { account { id email } memberships { practiceId practiceName role } } }`;

/** B signed in, naming A's practice: the guard must refuse before anything runs. */
const refusedInA = (query: string, variables: Record<string, unknown> = {}): IsolationCase => async (t, { a, b }) => {
  const { data, errors } = await t.graphql(query, variables, { ...b.headers, 'x-practice-id': a.practiceId });
  expect(data ?? null).toBeNull();
  expect(errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
};

/** B, acting in B's own practice, aims at one of A's ids: nothing is found there. */
const notFoundFromB = (query: string, idOf: (t: TestApp, pair: TenantPair) => Promise<Record<string, unknown>>): IsolationCase => async (t, pair) => {
  const { errors } = await t.graphql(query, await idOf(t, pair), pair.b.headers);
  expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
};

const invitationOfA = async (t: TestApp, { a }: TenantPair) =>
  (await t.db.query<{ id: string }>('select id from invitation where tenant_id = $1 limit 1', [a.practiceId]))[0];
const ownerMembershipOfA = async (t: TestApp, { a }: TenantPair) =>
  (await t.db.query<{ id: string }>(`select id from membership where tenant_id = $1 and role = 'OWNER' limit 1`, [a.practiceId]))[0];

/** Isolation cases, one per operation; a new operation fails the harness until it gets one here. */
const cases: Record<string, IsolationCase> = {
  'Query.practice': async (t, { a, b }) => {
    // Public profiles are public by design; what must not leak is anything beyond the profile.
    const slug = (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [a.practiceId]))[0].slug;
    const { data } = await t.graphql<{ practice: Record<string, unknown> }>(`{ practice(slug: "${slug}") { id name } }`, {}, b.headers);
    expect(Object.keys(data!.practice)).toEqual(['id', 'name']);
  },
  'Query.viewer': async (t, { a, b }) => {
    const { data } = await t.graphql<{ viewer: { memberships: { practiceId: string }[] } }>(VIEWER, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(data!.viewer.memberships.map((m) => m.practiceId)).toEqual([b.practiceId]);
  },
  'Mutation.signUp': async (t, { a }) => {
    const slug = (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [a.practiceId]))[0].slug;
    await expect(signUpOwner(t, { slug })).rejects.toThrow(/already taken/);
    await expect(signUpOwner(t, { email: a.email })).rejects.toThrow(/already has an account/);
  },
  'Mutation.signIn': async (t, { a, b }) => {
    const { errors } = await t.graphql(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { email: a.email, password: b.password + '!' } }, b.headers);
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  },
  'Mutation.refreshSession': async (t, { a, b }) => {
    // B's own cookie yields B's session, never A's.
    const { data } = await t.graphql<{ refreshSession: { viewer: { account: { id: string } } } }>(
      `mutation { refreshSession { viewer { account { id } } } }`,
      {},
      { cookie: b.refreshCookie, 'x-practice-id': a.practiceId },
    );
    expect(data!.refreshSession.viewer.account.id).toBe(b.userId);
  },
  'Query.demoAccounts': async (t, { b }) => {
    const { data } = await t.graphql(`{ demoAccounts { email } }`, {}, b.headers);
    expect(data).toEqual({ demoAccounts: [] });
  },
  'Query.team': refusedInA(`{ team { email } }`),
  'Query.invitations': refusedInA(`{ invitations { email } }`),
  'Query.auditEvents': refusedInA(`{ auditEvents { action } }`),
  'Mutation.inviteMember': refusedInA(`mutation { inviteMember(input: { email: "spy@example.com", role: OWNER }) { id } }`),
  'Mutation.resendInvitation': notFoundFromB(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, async (t, pair) => invitationOfA(t, pair)),
  'Mutation.revokeInvitation': notFoundFromB(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, async (t, pair) => invitationOfA(t, pair)),
  'Mutation.changeMemberRole': notFoundFromB(`mutation($membershipId: ID!) { changeMemberRole(input: { membershipId: $membershipId, role: CLIENT }) { role } }`, async (t, pair) => ({
    membershipId: (await ownerMembershipOfA(t, pair)).id,
  })),
  'Mutation.removeMember': notFoundFromB(`mutation($id: ID!) { removeMember(membershipId: $id) }`, async (t, pair) => ownerMembershipOfA(t, pair)),
  'Query.invitationPreview': async (t, { a, b }) => {
    const { data } = await t.graphql(`query($p: ID!) { invitationPreview(practiceId: $p, token: "guessed-token-value") { email } }`, { p: a.practiceId }, b.headers);
    expect(data).toEqual({ invitationPreview: null });
  },
  'Mutation.acceptInvitation': async (t, { a, b }) => {
    const { errors } = await t.graphql(
      `mutation($p: ID!) { acceptInvitation(input: { practiceId: $p, token: "guessed-token-value", password: "Tide-Lantern-42-Orchard" }) { accessToken } }`,
      { p: a.practiceId },
      b.headers,
    );
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
  'Mutation.verifyEmail': async (t, { b }) => {
    const { errors } = await t.graphql(`mutation { verifyEmail(token: "guessed-token-value") { id } }`, {}, b.headers);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
  'Mutation.resendVerificationEmail': async (t, { a, b }) => {
    const { data } = await t.graphql(`mutation { resendVerificationEmail }`, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(data).toEqual({ resendVerificationEmail: true });
  },
  'Mutation.requestPasswordReset': async (t, { a, b }) => {
    const { data } = await t.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: a.email }, b.headers);
    expect(data).toEqual({ requestPasswordReset: true });
  },
  'Mutation.resetPassword': async (t, { b }) => {
    const { errors } = await t.graphql(`mutation { resetPassword(input: { token: "guessed-token-value", newPassword: "Tide-Lantern-42-Orchard" }) }`, {}, b.headers);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
  'Mutation.signOut': async (t, { a, b }) => {
    await t.graphql(`mutation { signOut }`, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    const { errors } = await t.graphql(`mutation { refreshSession { accessToken } }`, {}, { cookie: a.refreshCookie });
    expect(errors).toBeUndefined();
  },
};

describe('tenant isolation', () => {
  let t: TestApp;
  let pair: TenantPair;

  beforeAll(async () => {
    t = await startTestApp({ rootModule: (config, database) => AppModule.forRoot(config, database) });
    pair = { a: await signUpOwner(t), b: await signUpOwner(t) };
    // Tenant A has an invitation for the cases to aim at.
    await t.graphql(`mutation { inviteMember(input: { email: "invited-to-a@example.com", role: COACH }) { id } }`, {}, pair.a.headers);
  });
  afterAll(() => t.close());

  it('declares an access policy on every Query and Mutation', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const policies = declaredPolicies();
    expect(rootOperations(schema).filter((operation) => !policies.get(operation))).toEqual([]);
  });

  it('has an isolation case for every operation in the schema', () => {
    expect(operationsWithoutCase(t.app.get(GraphQLSchemaHost).schema, cases)).toEqual([]);
  });

  it.each(Object.keys(cases))('%s: tenant B reaches nothing of tenant A', async (operation) => {
    const before = await snapshotTenant(t, pair.a.practiceId);
    await cases[operation](t, pair);
    const after = await snapshotTenant(t, pair.a.practiceId);
    expect(after).toEqual(before);
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
      await asApp(async (app) => {
        for (const table of ['membership', 'invitation', 'audit_event']) {
          expect((await app.query(`select * from ${table}`)).rows).toEqual([]);
        }
      });
      expect((await t.db.query('select count(*)::int as n from membership'))[0]).toEqual({ n: 2 });
    });

    it('returns none of tenant B rows to a bare SELECT with tenant A set', async () => {
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

    it('refuses to write a row into another tenant', async () => {
      await asApp(async (app) => {
        await app.query('begin');
        await app.query(`select set_config('app.tenant_id', $1, true)`, [pair.b.practiceId]);
        await expect(app.query(`insert into audit_event (tenant_id, action) values ($1, 'SIGNED_IN')`, [pair.a.practiceId])).rejects.toThrow(
          /row-level security/,
        );
        await app.query('rollback');
      });
    });
  });
});
