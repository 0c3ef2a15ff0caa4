import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { buildArticle, buildVideo } from '../shared/content-scenario';

const slugOf = async (t: TestApp, practiceId: string) => (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [practiceId]))[0].slug;

/** A's public article, draft, future article and members-only video, and B's public article (which A's site must never list). */
async function contentOfA(t: TestApp, { a, b }: TenantPair) {
  const owner = (practiceId: string, userId: string) => ({ practiceId, owner: { userId } });
  const published = await buildArticle(t, owner(a.practiceId, a.userId), { title: 'A public', category: 'Public category', tags: ['Public tag'] });
  const draft = await buildArticle(t, owner(a.practiceId, a.userId), { title: 'A draft', category: 'Draft category', tags: ['Public tag'], draft: true });
  const future = await buildArticle(t, owner(a.practiceId, a.userId), { title: 'A future', category: 'Future category', pubDateInHours: 48 });
  await buildVideo(t, a, { title: 'A public video' });
  await buildVideo(t, a, { title: 'A members video', visibility: 'MEMBERS' });
  await buildArticle(t, owner(b.practiceId, b.userId), { title: 'B public', category: 'B category', slug: published.slug });
  await buildVideo(t, b, { title: 'B public video' });
  return { aSlug: await slugOf(t, a.practiceId), published: published.slug, draft: draft.slug, future: future.slug };
}

/**
 * Public by design: anonymous callers, B, and B naming A's practice in its header all get the same answer, which
 * holds A's public content only: never a draft, a future article, a members-only video, or B's content.
 */
const sameForEveryone =
  (query: string, variables: (arranged: Record<string, unknown>) => Record<string, unknown>, expectAnswer: (data: unknown) => void): IsolationCase => ({
    arrange: contentOfA,
    attack: async (t, { a, b }, arranged) => {
      const vars = variables(arranged);
      const anonymous = await t.graphql(query, vars);
      expect(anonymous.errors).toBeUndefined();
      expectAnswer(anonymous.data);
      for (const headers of [b.headers, { ...b.headers, 'x-practice-id': a.practiceId }]) {
        const answer = await t.graphql(query, vars, headers);
        expect(answer.data).toEqual(anonymous.data);
      }
    },
  });

export const isolationCases: Record<string, IsolationCase> = {
  'Query.publicArticles': sameForEveryone(
    `query($p: String!) { publicArticles(practiceSlug: $p, tag: "public-tag") { total articles { title bodyHtml } } }`,
    ({ aSlug }) => ({ p: aSlug }),
    (data) => expect(data).toEqual({ publicArticles: { total: 1, articles: [{ title: 'A public', bodyHtml: expect.any(String) }] } }),
  ),
  'Query.publicArticle': {
    arrange: contentOfA,
    attack: async (t, { a, b }, { aSlug, published, draft, future }) => {
      const query = `query($p: String!, $s: String!) { publicArticle(practiceSlug: $p, slug: $s) { title } }`;
      for (const headers of [{}, b.headers, { ...b.headers, 'x-practice-id': a.practiceId }]) {
        expect((await t.graphql(query, { p: aSlug, s: published }, headers)).data).toEqual({ publicArticle: { title: 'A public' } });
        for (const slug of [draft, future]) expect((await t.graphql(query, { p: aSlug, s: slug }, headers)).data).toEqual({ publicArticle: null });
      }
    },
  },
  'Query.publicArticleCategories': sameForEveryone(
    `query($p: String!) { publicArticleCategories(practiceSlug: $p) { name slug count } }`,
    ({ aSlug }) => ({ p: aSlug }),
    (data) => expect(data).toEqual({ publicArticleCategories: [{ name: 'Public category', slug: 'public-category', count: 1 }] }),
  ),
  'Query.publicVideos': sameForEveryone(
    `query($p: String!) { publicVideos(practiceSlug: $p) { title visibility } }`,
    ({ aSlug }) => ({ p: aSlug }),
    (data) => expect(data).toEqual({ publicVideos: [{ title: 'A public video', visibility: 'PUBLIC' }] }),
  ),
};
