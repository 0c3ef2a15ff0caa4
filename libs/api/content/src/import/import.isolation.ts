import type { IsolationCase } from '@ascend/platform/testing';
import { articleOfA } from '../articles/articles.isolation';

const IMPORT = `mutation($input: ImportArticlesInput!) { importArticles(input: $input) { committed created updated files { outcome articleId } } }`;

export const isolationCases: Record<string, IsolationCase> = {
  // Refused in A; and B importing a file with the slug of A's article creates B's own, leaving A's alone.
  'Mutation.importArticles': {
    arrange: async (t, pair) => {
      const id = await articleOfA(t, pair);
      const [{ slug }] = await t.db.query<{ slug: string }>('select slug from article where id = $1', [id]);
      return { slug };
    },
    attack: async (t, pair, { slug }) => {
      const input = { files: [{ name: 'takeover.md', content: `---\ntitle: Taken over\nslug: ${String(slug)}\n---\nmine now` }] };
      const refused = await t.graphql(IMPORT, { input }, { ...pair.b.headers, 'x-practice-id': pair.a.practiceId });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const answer = await t.graphql<{ importArticles: { created: number; updated: number } }>(IMPORT, { input }, pair.b.headers);
      expect(answer.data?.importArticles).toMatchObject({ created: 1, updated: 0 });
    },
  },
};
