import { signUpOwner, startTestApp, TestApp } from '@ascend/platform/testing';
import { domainModules } from '../domains';

const TEAM = `{ team { membershipId name email account { id name emailVerified } } }`;

/** Field resolvers load through the operation's DataLoaders: a longer list costs no more statements. */
describe('batched loading', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ imports: domainModules, env: { JOBS_WORKER: 'false' } })));
  afterAll(() => t.close());

  /** An owner and `size - 1` coaches, added directly (argon2 per account would only slow the test down). */
  async function teamOf(size: number) {
    const owner = await signUpOwner(t);
    await t.db.query(
      `with people as (
         insert into app_user (email, name, password_hash)
         select 'coach-' || g || '-' || $2 || '@example.com', 'Coach ' || g, 'not-a-usable-hash' from generate_series(1, $1 - 1) g
         returning id)
       insert into membership (tenant_id, user_id, role) select $3, id, 'COACH' from people`,
      [size, owner.practiceId.slice(0, 8), owner.practiceId],
    );
    return owner;
  }

  async function statementsFor(size: number) {
    const owner = await teamOf(size);
    const response = await t.graphql<{ team: { name: string; account: { name: string } }[] }>(TEAM, {}, { ...owner.headers, 'x-ascend-debug': 'sql' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.team).toHaveLength(size);
    expect(response.data!.team.every((m) => m.account.name === m.name)).toBe(true);
    return response.extensions!.sql!;
  }

  it('lists a team of 2 and a team of 50 with their accounts in the same few statements, on one connection', async () => {
    const two = await statementsFor(2);
    const fifty = await statementsFor(50);
    expect(fifty).toEqual(two);
    // BEGIN, the access check, the members, one batch of accounts, COMMIT.
    expect(two).toEqual({ statements: 5, connections: 1 });
  });
});
