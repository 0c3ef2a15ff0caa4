import { signUpOwner } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;

export const isolationCases: Record<string, IsolationCase> = {
  'Mutation.signUp': async (t, { a, b }) => {
    // B, naming A's practice, signs up with A's address: the answer is the usual one, and A's account is untouched.
    const before = await t.db.query('select name, password_hash, email_verified_at from app_user where id = $1', [a.userId]);
    const input = { name: 'Not A', email: a.email, password: 'Quiet-Harbour-77-Lamp', practiceName: 'Not A', practiceSlug: `not-a-${Date.now()}`, timeZone: 'UTC' };
    expect((await t.graphql(SIGN_UP, { input }, { ...b.headers, 'x-practice-id': a.practiceId })).data).toEqual({ signUp: true });
    expect(await t.db.query('select name, password_hash, email_verified_at from app_user where id = $1', [a.userId])).toEqual(before);
    const [{ slug }] = await t.db.query<{ slug: string }>('select slug from practice where id = $1', [a.practiceId]);
    await expect(signUpOwner(t, { slug })).rejects.toThrow(/already taken/);
  },
  'Mutation.confirmSignUp': async (t, { a, b }) => {
    // A new owner's link makes a practice of their own: A's members and B's memberships do not change.
    const members = () => t.db.query('select user_id, role from membership where tenant_id = $1 order by user_id', [a.practiceId]);
    const before = await members();
    const owner = await signUpOwner(t);
    expect(owner.practiceId).not.toBe(a.practiceId);
    expect(await members()).toEqual(before);
    expect(await t.db.query('select tenant_id from membership where user_id = $1', [b.userId])).toEqual([{ tenant_id: b.practiceId }]);
    const { errors } = await t.graphql(`mutation { confirmSignUp(input: { token: "forged" }) { accessToken } }`, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
};
