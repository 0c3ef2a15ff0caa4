import type { IsolationCase } from '@ascend/platform/testing';

const APPLY = `mutation($input: ApplyToWorkWithInput!) { applyToWorkWith(input: $input) }`;

export const isolationCases: Record<string, IsolationCase> = {
  // Public by design: an application lands in the practice its slug names, whatever practice the caller's
  // credentials or header name. B applying to B with A's header, and a robot (honeypot filled) applying to A,
  // leave A as it was (the harness compares A before and after).
  'Mutation.applyToWorkWith': async (t, { a, b }) => {
    const slugOf = async (practiceId: string) => (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [practiceId]))[0].slug;
    const input = { name: 'Applicant', email: 'applicant@example.com', jobTitle: '', wantsToChange: '', preferredContactTime: '', consent: true };
    const toB = await t.graphql(APPLY, { input: { ...input, practiceSlug: await slugOf(b.practiceId) } }, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(toB.data).toEqual({ applyToWorkWith: true });
    expect(await t.db.query('select tenant_id from client where email = $1 and tenant_id = any($2)', [input.email, [a.practiceId, b.practiceId]])).toEqual([{ tenant_id: b.practiceId }]);
    const robot = await t.graphql(APPLY, { input: { ...input, practiceSlug: await slugOf(a.practiceId), website: 'spam' } }, b.headers);
    expect(robot.data).toEqual({ applyToWorkWith: true });
  },
};
