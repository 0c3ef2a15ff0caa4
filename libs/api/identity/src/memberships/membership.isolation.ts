import type { IsolationCase } from '@ascend/platform/testing';

export const isolationCases: Record<string, IsolationCase> = {
  // B, naming A's practice in the header and the argument, is no member of it: nothing to leave, nothing said of it.
  'Mutation.leavePractice': async (t, { a, b }) => {
    const { data, errors } = await t.graphql(`mutation($id: ID!) { leavePractice(practiceId: $id) }`, { id: a.practiceId }, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'NOT_FOUND' } });
  },
  // B, naming A's practice, starts one of their own: it is a new practice, and A's address stays A's.
  'Mutation.startPractice': async (t, { a, b }) => {
    const START = `mutation($input: StartPracticeInput!) { startPractice(input: $input) { practiceId role } }`;
    const headers = { ...b.headers, 'x-practice-id': a.practiceId };
    const [{ slug }] = await t.db.query<{ slug: string }>('select slug from practice where id = $1', [a.practiceId]);
    const taken = await t.graphql(START, { input: { practiceName: 'Not A', practiceSlug: slug, timeZone: 'UTC' } }, headers);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.practiceSlug' }] });
    const { data } = await t.graphql<{ startPractice: { practiceId: string; role: string } }>(
      START,
      { input: { practiceName: 'Not A', practiceSlug: `not-a-${Date.now()}`, timeZone: 'UTC' } },
      headers,
    );
    expect(data?.startPractice.role).toBe('OWNER');
    expect(data?.startPractice.practiceId).not.toBe(a.practiceId);
    const memberships = await t.db.query<{ tenant_id: string }>('select tenant_id from membership where user_id = $1', [b.userId]);
    expect(memberships.map((m) => m.tenant_id).sort()).toEqual([b.practiceId, data!.startPractice.practiceId].sort());
  },
};
