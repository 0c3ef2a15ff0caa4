import type { IsolationCase } from '@ascend/platform/testing';
import { masterclassOfA, slugOf } from '../masterclasses/masterclass.isolation';


export const isolationCases: Record<string, IsolationCase> = {
  // Public by design: anyone sees A's published masterclasses, never a draft, and the type has no join link at all.
  'Query.publicMasterclasses': {
    arrange: async (t, pair) => {
      const published = await masterclassOfA(t, pair);
      await t.db.query(`update masterclass set status = 'DRAFT' where id = $1`, [await masterclassOfA(t, pair)]);
      return { published };
    },
    attack: async (t, { a, b }, { published }) => {
      const answer = await t.graphql<{ publicMasterclasses: { id: string }[] }>(`query($slug: String!) { publicMasterclasses(practiceSlug: $slug) { id title } }`, { slug: await slugOf(t, a.practiceId) }, b.headers);
      expect(answer.data?.publicMasterclasses.map((m) => m.id)).toEqual([published]);
      const probe = await t.graphql(`query($slug: String!) { publicMasterclasses(practiceSlug: $slug) { id joinUrl } }`, { slug: await slugOf(t, a.practiceId) }, b.headers);
      expect(probe.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    },
  },
  'Query.publicMasterclass': {
    arrange: async (t, pair) => {
      const id = await masterclassOfA(t, pair);
      await t.db.query(`update masterclass set status = 'DRAFT' where id = $1`, [id]);
      return { slug: (await t.db.query<{ slug: string }>('select slug from masterclass where id = $1', [id]))[0].slug };
    },
    attack: async (t, { a, b }, { slug }) => {
      const answer = await t.graphql(`query($p: String!, $s: String!) { publicMasterclass(practiceSlug: $p, slug: $s) { id } }`, { p: await slugOf(t, a.practiceId), s: slug }, b.headers);
      expect(answer.data).toEqual({ publicMasterclass: null });
    },
  },
};
