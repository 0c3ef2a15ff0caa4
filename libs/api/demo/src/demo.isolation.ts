import type { IsolationCase } from '@ascend/platform/testing';

export const isolationCases: Record<string, IsolationCase> = {
  // The test app runs without demo data: nobody's sign-in is offered, whatever practice is named.
  'Query.demoAccounts': async (t, { a, b }) => {
    const { data } = await t.graphql(`{ demoAccounts { email } }`, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(data).toEqual({ demoAccounts: [] });
  },
};
