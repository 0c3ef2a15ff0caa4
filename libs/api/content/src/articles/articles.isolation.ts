import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

/** A draft article of A, written as the cluster administrator. */
export async function articleOfA(t: TestApp, { a }: TenantPair): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into article (tenant_id, slug, title, body, pub_date, draft) values ($1, 'a-secret-' || substr(md5(random()::text), 1, 8), 'A only', 'secret', now(), true)
     returning id`,
    [a.practiceId],
  );
  return row.id;
}

const onArticleOfA = (query: string) => notFoundFromB(query, async (t, pair) => ({ id: await articleOfA(t, pair) }));

export const isolationCases: Record<string, IsolationCase> = {
  'Query.articles': refusedInA(`{ articles { id body } }`),
  'Query.article': onArticleOfA(`query($id: ID!) { article(id: $id) { id body } }`),
  'Query.articlePreview': refusedInA(`{ articlePreview(markdown: "**hi**") }`),
  'Query.articleCategories': refusedInA(`{ articleCategories }`),
  'Mutation.createArticle': refusedInA(`mutation { createArticle(input: { title: "Spy", body: "x" }) { id } }`),
  'Mutation.updateArticle': onArticleOfA(`mutation($id: ID!) { updateArticle(input: { id: $id, title: "Taken over", draft: false }) { id } }`),
  'Mutation.deleteArticle': onArticleOfA(`mutation($id: ID!) { deleteArticle(id: $id) }`),
};
