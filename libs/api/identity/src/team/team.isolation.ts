import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

const invitationOfA = async (t: TestApp, { a }: TenantPair) => {
  const [invitation] = await t.db.query<{ id: string }>('select id from invitation where tenant_id = $1 limit 1', [a.practiceId]);
  if (!invitation) throw new Error('the harness gives tenant A an invitation');
  return invitation;
};
const ownerMembershipOfA = async (t: TestApp, { a }: TenantPair) =>
  (await t.db.query<{ id: string }>(`select id from membership where tenant_id = $1 and role = 'OWNER' limit 1`, [a.practiceId]))[0];

export const isolationCases: Record<string, IsolationCase> = {
  'Query.team': refusedInA(`{ team { email } }`),
  'Query.invitations': refusedInA(`{ invitations { email } }`),
  'Query.auditEvents': async (t, { a, b }) => {
    const refused = await t.graphql(`{ auditEvents { events { action } } }`, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
    // In B's own practice, the address A invited (on A's trail) finds nothing.
    const { data } = await t.graphql(`{ auditEvents(filter: { person: "invited-to-a" }) { events { targetEmail } nextCursor } }`, {}, b.headers);
    expect(data).toEqual({ auditEvents: { events: [], nextCursor: null } });
  },
  'Query.auditActions': refusedInA(`{ auditActions }`),
  'Mutation.inviteMember': refusedInA(`mutation { inviteMember(input: { email: "spy@example.com", role: OWNER }) { id } }`),
  'Mutation.resendInvitation': notFoundFromB(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, invitationOfA),
  'Mutation.revokeInvitation': notFoundFromB(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, invitationOfA),
  'Mutation.changeMemberRole': notFoundFromB(
    `mutation($membershipId: ID!) { changeMemberRole(input: { membershipId: $membershipId, role: CLIENT }) { role } }`,
    async (t, pair) => ({ membershipId: (await ownerMembershipOfA(t, pair)).id }),
  ),
  'Mutation.removeMember': notFoundFromB(`mutation($id: ID!) { removeMember(membershipId: $id) }`, ownerMembershipOfA),
  'Query.invitationPreview': async (t, { a, b }) => {
    const { data } = await t.graphql(`query($p: ID!) { invitationPreview(practiceId: $p, token: "guessed-token-value") { email } }`, { p: a.practiceId }, b.headers);
    expect(data).toEqual({ invitationPreview: null });
  },
  'Mutation.acceptInvitation': async (t, { a, b }) => {
    const { errors } = await t.graphql(
      `mutation($p: ID!) { acceptInvitation(input: { practiceId: $p, token: "guessed-token-value", password: "Tide-Lantern-42-Orchard" }) { accessToken } }`,
      { p: a.practiceId },
      b.headers,
    );
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
};
