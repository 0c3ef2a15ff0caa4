import { MailCatcher, signUpOwner, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { domainModules } from '../domains';

const SQL = { 'x-ascend-debug': 'sql' };
const INVITE = (alias: string, email: string) => `${alias}: inviteMember(input: { email: "${email}", role: COACH }) { id }`;

/** One transaction per GraphQL operation, the access check inside it, and nothing left of a failed mutation. */
describe('one transaction per operation', () => {
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

  it('keeps nothing of a mutation whose second root field fails: no row, no job, no mail, no field claiming success', async () => {
    const owner = await signUpOwner(t);
    await waitForJobs(t.db);
    const first = `first-${Date.now()}@example.com`;
    const { data, errors } = await t.graphql(`mutation { ${INVITE('a', first)} ${INVITE('b', owner.email)} }`, {}, owner.headers);
    expect(data).toBeNull();
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT', 'ROLLED_BACK']);
    expect(await t.db.query('select email from invitation where tenant_id = $1', [owner.practiceId])).toEqual([]);
    expect(await t.db.query(`select 1 from graphile_worker.jobs where task_identifier = 'identity.invitation-mail'`)).toEqual([]);
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.to.includes(first))).toEqual([]);
  });

  it('commits every root field of a mutation that succeeds, in one transaction', async () => {
    const owner = await signUpOwner(t);
    const response = await t.graphql(`mutation { ${INVITE('a', `one-${Date.now()}@example.com`)} ${INVITE('b', `two-${Date.now()}@example.com`)} }`, {}, { ...owner.headers, ...SQL });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.sql?.connections).toBe(1);
    expect(await t.db.query('select email from invitation where tenant_id = $1', [owner.practiceId])).toHaveLength(2);
  });

  it('reads the public practice page in at most 3 statements (BEGIN, SELECT, COMMIT)', async () => {
    const owner = await signUpOwner(t);
    const [{ slug }] = await t.db.query<{ slug: string }>('select slug from practice where id = $1', [owner.practiceId]);
    const response = await t.graphql(`query($slug: String!) { practice(slug: $slug) { name } }`, { slug }, SQL);
    expect(response.data).toEqual({ practice: { name: expect.any(String) } });
    expect(response.extensions?.sql).toEqual({ statements: 3, connections: 1 });
  });

  it('answers { viewer team } with the access check in the same transaction: one connection, at most 7 statements', async () => {
    const owner = await signUpOwner(t);
    const response = await t.graphql(`{ viewer { account { id } memberships { role } } team { name } }`, {}, { ...owner.headers, ...SQL });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.sql?.connections).toBe(1);
    expect(response.extensions?.sql?.statements).toBeLessThanOrEqual(7);
  });

  it('runs as many aliased root fields as the alias limit allows in one transaction on one connection', async () => {
    const owner = await signUpOwner(t);
    const fields = Array.from({ length: t.config.graphqlLimits.aliases }, (_, i) => `p${i}: practice(slug: "nowhere-${i}") { id }`).join(' ');
    const response = await t.graphql(`{ ${fields} }`, {}, { ...owner.headers, ...SQL });
    expect(response.extensions?.sql).toEqual({ statements: t.config.graphqlLimits.aliases + 2, connections: 1 });
  });

  it('refuses to open a second transaction while one is held', async () => {
    const db = t.app.get(TenantDatabase);
    await expect(db.run({}, async (manager) => {
      await manager.query('select 1');
      return db.run({}, async () => 'nested');
    })).rejects.toThrow(/already holds a transaction/);
  });

  it('refuses to run a sign-in beside other fields, so aliases cannot multiply password attempts', async () => {
    const owner = await signUpOwner(t);
    const signIn = (alias: string) => `${alias}: signIn(input: { email: "${owner.email}", password: "wrong-${alias}" }) { accessToken }`;
    const { data, errors } = await t.graphql(`mutation { ${signIn('a')} ${signIn('b')} }`);
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: 'signIn must be the only field of its request: send it on its own', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('a pool that never starves', () => {
  let t: TestApp;
  // One connection: any operation that held it while waiting for another would wait forever.
  beforeAll(async () => (t = await startTestApp({ imports: domainModules, env: { DATABASE_POOL_SIZE: '1', JOBS_WORKER: 'false' } })));
  afterAll(() => t.close());

  it('answers 20 sign-ins at once, half with a wrong password, with one pooled connection', async () => {
    const owner = await signUpOwner(t);
    const attempts = Array.from({ length: 20 }, (_, i) =>
      t.graphql<{ signIn: { accessToken: string } }>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
        i: { email: owner.email, password: i % 2 ? 'a-wrong-password' : owner.password },
      }),
    );
    const answers = await Promise.all(attempts);
    expect(answers.filter((a) => a.data?.signIn.accessToken)).toHaveLength(10);
    expect(answers.filter((a) => a.errors?.[0].message === 'Email or password is wrong')).toHaveLength(10);
    const audit = await t.db.query<{ action: string; n: number }>(
      `select action, count(*)::int as n from audit_event where tenant_id = $1 and action like 'SIGN%' group by action order by action`,
      [owner.practiceId],
    );
    expect(audit).toEqual([{ action: 'SIGNED_IN', n: 10 }, { action: 'SIGN_IN_FAILED', n: 10 }]);
  });
});
