import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

const FEED = `{ calendarFeed { active createdAt } }`;
const CREATE = `mutation { createCalendarFeed { url webcalUrl } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;

/** A's own feed, made through the API; what the attack must leave as it is. */
async function feedOfA(t: TestApp, { a }: TenantPair): Promise<Record<string, unknown>> {
  const { data } = await t.graphql<{ createCalendarFeed: { url: string } }>(CREATE, {}, a.headers);
  const [row] = await t.db.query<{ token_hash: string }>('select token_hash from calendar_feed where user_id = $1', [a.userId]);
  return { url: data!.createCalendarFeed.url, tokenHash: row.token_hash };
}

/** A's feed is still there, unchanged, and its address still answers. */
async function feedOfAIntact(t: TestApp, { a }: TenantPair, arranged: Record<string, unknown>) {
  expect(await t.db.query('select token_hash from calendar_feed where user_id = $1', [a.userId])).toEqual([{ token_hash: arranged.tokenHash }]);
  expect((await fetch(String(arranged.url).replace(t.config.publicUrl, t.url))).status).toBe(200);
}

// Feeds belong to people, not practices: whichever practice B names, B reads, makes and revokes only B's own.
export const isolationCases: Record<string, IsolationCase> = {
  'Query.calendarFeed': {
    arrange: feedOfA,
    async attack(t, pair, arranged) {
      for (const headers of [{ ...pair.b.headers, 'x-practice-id': pair.a.practiceId }, pair.b.headers]) {
        expect((await t.graphql(FEED, {}, headers)).data).toEqual({ calendarFeed: { active: false, createdAt: null } });
      }
      await feedOfAIntact(t, pair, arranged);
    },
  },
  'Mutation.createCalendarFeed': {
    arrange: feedOfA,
    async attack(t, pair, arranged) {
      const { data } = await t.graphql<{ createCalendarFeed: { url: string } }>(CREATE, {}, { ...pair.b.headers, 'x-practice-id': pair.a.practiceId });
      expect(await t.db.query('select user_id from calendar_feed where user_id = any($1) order by user_id', [[pair.a.userId, pair.b.userId]])).toHaveLength(2);
      expect(data!.createCalendarFeed.url).not.toBe(arranged.url);
      await feedOfAIntact(t, pair, arranged);
    },
  },
  'Mutation.revokeCalendarFeed': {
    arrange: feedOfA,
    async attack(t, pair, arranged) {
      expect((await t.graphql(REVOKE, {}, { ...pair.b.headers, 'x-practice-id': pair.a.practiceId })).data).toEqual({ revokeCalendarFeed: false });
      await feedOfAIntact(t, pair, arranged);
    },
  },
};
