import { Module } from '@nestjs/common';
import { Int, Query, Resolver } from '@nestjs/graphql';
import { verify } from 'argon2';
import { createHash } from 'node:crypto';
import { ROLES, Roles, SignedIn, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, buildPracticePair, SCENARIO_PASSWORD } from './scenario';
import { startTestApp, TestApp } from './test-app';

// The testing lib may not import a domain, so a probe stands in for one: who the token says the caller is, their
// role in the practice they name, and how many memberships row level security lets that practice see.
@Resolver()
class ProbeResolver {
  constructor(
    private readonly context: TenantContext,
    private readonly db: TenantDatabase,
  ) {}

  @SignedIn()
  @Query(() => String)
  probeUser() {
    return this.context.userId;
  }

  @Roles(...ROLES)
  @Query(() => String)
  probeRole() {
    return this.context.role;
  }

  @Roles(...ROLES)
  @Query(() => Int)
  async probeVisibleMembers() {
    const [row]: { n: number }[] = await this.db.manager.query('select count(*)::int as n from membership where tenant_id = $1', [this.context.practiceId]);
    return row.n;
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

describe('practice scenarios', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('builds a practice with an owner and the requested members in one call, each signed in to it', async () => {
    const started = Date.now();
    const s = await buildPractice(t, { admins: 1, coaches: 2, clients: 3, name: 'Harbour Coaching', timeZone: 'America/Toronto' });
    expect(Date.now() - started).toBeLessThan(5_000);

    expect(await t.db.query('select name, time_zone, slug from practice where id = $1', [s.practiceId])).toEqual([
      { name: 'Harbour Coaching', time_zone: 'America/Toronto', slug: s.slug },
    ]);
    const people = [s.owner, ...s.admins, ...s.coaches, ...s.clients];
    expect(people.map((p) => p.role)).toEqual(['OWNER', 'ADMIN', 'COACH', 'COACH', 'CLIENT', 'CLIENT', 'CLIENT']);
    const rows = await t.db.query<{ id: string; user_id: string; role: string; email: string; verified: boolean }>(
      `select m.id, m.user_id, m.role, u.email, u.email_verified_at is not null as verified
         from membership m join app_user u on u.id = m.user_id where m.tenant_id = $1`,
      [s.practiceId],
    );
    expect(rows).toHaveLength(people.length);
    for (const person of people) {
      expect(rows).toContainEqual({ id: person.membershipId, user_id: person.userId, role: person.role, email: person.email, verified: true });
      expect(person.headers).toEqual({ authorization: `Bearer ${person.accessToken}`, 'x-practice-id': s.practiceId });
      expect(person.refreshCookie).toBeUndefined();
    }

    for (const person of people) {
      const { data, errors } = await t.graphql(`{ probeUser probeRole probeVisibleMembers }`, {}, person.headers);
      expect(errors).toBeUndefined();
      expect(data).toEqual({ probeUser: person.userId, probeRole: person.role, probeVisibleMembers: people.length });
    }
  });

  it('gives everyone the known password, hashed the way the API hashes, and unique addresses', async () => {
    const [first, second] = await Promise.all([buildPractice(t, { coaches: 1 }), buildPractice(t, { coaches: 1 })]);
    expect(first.slug).not.toBe(second.slug);
    const emails = [first.owner, ...first.coaches, second.owner, ...second.coaches].map((p) => p.email);
    expect(new Set(emails).size).toBe(4);
    for (const email of emails) expect(email).toBe(email.toLowerCase());

    const hashes = await t.db.query<{ password_hash: string }>('select password_hash from app_user where email = any($1)', [emails]);
    expect(hashes).toHaveLength(4);
    for (const { password_hash } of hashes) {
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
      expect(await verify(password_hash, SCENARIO_PASSWORD)).toBe(true);
    }
    expect(first.owner.password).toBe(SCENARIO_PASSWORD);
  });

  it('stores a live refresh token for each cookie when asked, each in a session family of its own', async () => {
    const s = await buildPractice(t, { clients: 1, withRefreshCookies: true, emailVerified: false });
    for (const person of [s.owner, s.clients[0]]) {
      const [, token] = person.refreshCookie!.match(/^ascend_refresh=(.+)$/)!;
      const hash = createHash('sha256').update(token).digest('hex');
      const rows = await t.db.query<{ user_id: string; live: boolean }>(
        `select user_id, used_at is null and revoked_at is null and expires_at > now() + interval '29 days' as live
           from refresh_token where token_hash = $1`,
        [hash],
      );
      expect(rows).toEqual([{ user_id: person.userId, live: true }]);
    }
    const families = await t.db.query('select distinct family_id from refresh_token where user_id = any($1)', [[s.owner.userId, s.clients[0].userId]]);
    expect(families).toHaveLength(2);
    expect(await t.db.query('select 1 from app_user where id = $1 and email_verified_at is null', [s.owner.userId])).toHaveLength(1);
  });

  it('builds a pair of practices whose owners are strangers to each other', async () => {
    const { a, b } = await buildPracticePair(t);
    expect(a.practiceId).not.toBe(b.practiceId);
    const own = await t.graphql(`{ probeRole probeVisibleMembers }`, {}, a.owner.headers);
    expect(own.data).toEqual({ probeRole: 'OWNER', probeVisibleMembers: 1 });
    const foreign = await t.graphql(`{ probeRole }`, {}, { ...a.owner.headers, 'x-practice-id': b.practiceId });
    expect(foreign.errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
  });
});
