import { MailCatcher, SignedUpOwner, signUpOwner, startMailCatcher, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status sentCount invitedByName } }`;
const TEAM = `{ team { membershipId userId name email role } }`;
const PREVIEW = `query($practiceId: ID!, $token: String!) { invitationPreview(practiceId: $practiceId, token: $token) { practiceName email role accountExists } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { account { email } memberships { practiceId role } } } }`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;

interface Team {
  team: { membershipId: string; userId: string; name: string; email: string; role: string }[];
}

describe('team and invitations', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let owner: SignedUpOwner;

  const linkOf = async (email: string) => {
    const message = await mail.waitFor((m) => m.to.includes(email) && m.tag === 'invitation');
    const url = new URL(message.links.find((l) => l.includes('/invitations/accept'))!);
    return { practiceId: url.searchParams.get('practice')!, token: url.searchParams.get('token')!, message };
  };

  /** Invites, accepts as a new account, and returns that member's headers. */
  const join = async (email: string, role: string, name = 'New Member') => {
    await t.graphql(INVITE, { input: { email, role } }, owner.headers);
    const { practiceId, token } = await linkOf(email);
    const { data } = await t.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, { input: { practiceId, token, name, password: 'Lantern-Tide-31-Orchard' } });
    return { authorization: `Bearer ${data!.acceptInvitation.accessToken}`, 'x-practice-id': practiceId };
  };

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule], env: { SMTP_URL: mail.smtpUrl } });
    owner = await signUpOwner(t, { name: 'Maren Okafor' });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('invites a coach by email, who accepts with a new account and appears in the team', async () => {
    const invited = await t.graphql(INVITE, { input: { email: 'Coach.One@Example.com', role: 'COACH' } }, owner.headers);
    expect(invited.data).toMatchObject({ inviteMember: { email: 'coach.one@example.com', role: 'COACH', status: 'PENDING', sentCount: 1, invitedByName: 'Maren Okafor' } });
    const { practiceId, token, message } = await linkOf('coach.one@example.com');
    expect(message.subject).toMatch(/^Maren Okafor invited you to Practice .* on Ascend$/);
    expect(practiceId).toBe(owner.practiceId);

    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toMatchObject({
      invitationPreview: { email: 'coach.one@example.com', role: 'COACH', accountExists: false },
    });
    const accepted = await t.graphql(ACCEPT, { input: { practiceId, token, name: 'Coach One', password: 'Lantern-Tide-31-Orchard' } });
    expect(accepted.data).toMatchObject({ acceptInvitation: { viewer: { account: { email: 'coach.one@example.com' }, memberships: [{ practiceId, role: 'COACH' }] } } });
    expect(accepted.headers.getSetCookie().join()).toMatch(/ascend_refresh=/);

    const { data } = await t.graphql<Team>(TEAM, {}, owner.headers);
    expect(data!.team.map((m) => [m.name, m.role])).toEqual([
      ['Maren Okafor', 'OWNER'],
      ['Coach One', 'COACH'],
    ]);
    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toEqual({ invitationPreview: null });
    const events = await t.db.query<{ action: string }>('select action from audit_event where tenant_id = $1 order by created_at', [owner.practiceId]);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['MEMBER_INVITED', 'INVITATION_ACCEPTED']));
  });

  it('attaches an existing account only with its password', async () => {
    const other = await signUpOwner(t);
    await t.graphql(INVITE, { input: { email: other.email, role: 'ADMIN' } }, owner.headers);
    const { practiceId, token } = await linkOf(other.email);
    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toMatchObject({ invitationPreview: { accountExists: true } });
    const wrong = await t.graphql(ACCEPT, { input: { practiceId, token, password: 'not-their-password' } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', fields: [{ field: 'input.password' }] });
    const right = await t.graphql<{ acceptInvitation: { viewer: { memberships: { role: string }[] } } }>(ACCEPT, { input: { practiceId, token, password: other.password } });
    expect(right.data!.acceptInvitation.viewer.memberships.map((m) => m.role).sort()).toEqual(['ADMIN', 'OWNER']);
  });

  it('resends with a new link (the old one stops working) and revokes', async () => {
    const email = 'resend-me@example.com';
    const { data } = await t.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email, role: 'CLIENT' } }, owner.headers);
    const first = await linkOf(email);
    mail.clear();
    const resent = await t.graphql(`mutation($id: ID!) { resendInvitation(id: $id) { sentCount status } }`, { id: data!.inviteMember.id }, owner.headers);
    expect(resent.data).toEqual({ resendInvitation: { sentCount: 2, status: 'PENDING' } });
    const second = await linkOf(email);
    expect((await t.graphql(PREVIEW, { practiceId: first.practiceId, token: first.token })).data).toEqual({ invitationPreview: null });
    expect((await t.graphql(PREVIEW, { practiceId: second.practiceId, token: second.token })).data).not.toEqual({ invitationPreview: null });

    const revoked = await t.graphql(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: data!.inviteMember.id }, owner.headers);
    expect(revoked.data).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    expect((await t.graphql(PREVIEW, { practiceId: second.practiceId, token: second.token })).data).toEqual({ invitationPreview: null });
    const late = await t.graphql(ACCEPT, { input: { practiceId: second.practiceId, token: second.token, name: 'Late', password: 'Lantern-Tide-31-Orchard' } });
    expect(late.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets an invitation expire after its week', async () => {
    const email = 'too-late@example.com';
    await t.graphql(INVITE, { input: { email, role: 'CLIENT' } }, owner.headers);
    const { practiceId, token } = await linkOf(email);
    await t.db.query(`update invitation set expires_at = now() - interval '1 second' where email = $1`, [email]);
    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toEqual({ invitationPreview: null });
    const accepted = await t.graphql(ACCEPT, { input: { practiceId, token, name: 'Too Late', password: 'Lantern-Tide-31-Orchard' } });
    expect(accepted.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { data } = await t.graphql<{ invitations: { email: string; status: string }[] }>(`{ invitations { email status } }`, {}, owner.headers);
    expect(data!.invitations.find((i) => i.email === email)?.status).toBe('EXPIRED');
  });

  it('refuses duplicate invitations and invitations of members, naming the email', async () => {
    await t.graphql(INVITE, { input: { email: 'twice@example.com', role: 'CLIENT' } }, owner.headers);
    const again = await t.graphql(INVITE, { input: { email: 'twice@example.com', role: 'CLIENT' } }, owner.headers);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email', message: 'already has an open invitation' }] });
    const member = await t.graphql(INVITE, { input: { email: owner.email, role: 'CLIENT' } }, owner.headers);
    expect(member.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email', message: 'is already a member' }] });
  });

  it('lets an admin invite but not hand out ownership, and keeps coaches and clients out', async () => {
    const admin = await join('admin@example.com', 'ADMIN');
    expect((await t.graphql(INVITE, { input: { email: 'coach2@example.com', role: 'COACH' } }, admin)).errors).toBeUndefined();
    const owning = await t.graphql(INVITE, { input: { email: 'owner2@example.com', role: 'OWNER' } }, admin);
    expect(owning.errors?.[0]).toMatchObject({ message: 'Only an owner can invite another owner', extensions: { code: 'FORBIDDEN' } });

    const client = await join('client@example.com', 'CLIENT');
    const team = await t.graphql(TEAM, {}, client);
    expect(team.data).toBeNull();
    expect(team.errors?.[0]).toMatchObject({ message: 'This needs the role OWNER or ADMIN or COACH in this practice; you are CLIENT', extensions: { code: 'FORBIDDEN' } });
  });

  it('removes a member, recording who did it', async () => {
    await join('leaving@example.com', 'CLIENT');
    const leaving = (await t.graphql<Team>(TEAM, {}, owner.headers)).data!.team.find((m) => m.email === 'leaving@example.com')!;
    const removed = await t.graphql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: leaving.membershipId }, owner.headers);
    expect(removed.data).toEqual({ removeMember: true });
    const after = (await t.graphql<Team>(TEAM, {}, owner.headers)).data!.team;
    expect(after.map((m) => m.email)).not.toContain('leaving@example.com');
    const events = await t.db.query(`select actor_email, target_email from audit_event where tenant_id = $1 and action = 'MEMBER_REMOVED'`, [owner.practiceId]);
    expect(events).toEqual([{ actor_email: owner.email, target_email: 'leaving@example.com' }]);
  });

  it('always keeps an owner', async () => {
    const { data } = await t.graphql<Team>(TEAM, {}, owner.headers);
    const self = data!.team.find((m) => m.userId === owner.userId)!;
    const demote = await t.graphql(CHANGE, { input: { membershipId: self.membershipId, role: 'ADMIN' } }, owner.headers);
    expect(demote.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.role' }] });
    const remove = await t.graphql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: self.membershipId }, owner.headers);
    expect(remove.errors?.[0].extensions?.code).toBe('CONFLICT');

    const other = data!.team.find((m) => m.role === 'COACH')!;
    expect((await t.graphql(CHANGE, { input: { membershipId: other.membershipId, role: 'OWNER' } }, owner.headers)).data).toEqual({ changeMemberRole: { role: 'OWNER' } });
    expect((await t.graphql(CHANGE, { input: { membershipId: self.membershipId, role: 'ADMIN' } }, owner.headers)).errors).toBeUndefined();
  });

  it('needs the practice header and a membership in that practice', async () => {
    const missing = await t.graphql(TEAM, {}, { authorization: owner.headers.authorization });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'x-practice-id' }] });
    const stranger = await signUpOwner(t);
    const foreign = await t.graphql(TEAM, {}, { authorization: stranger.headers.authorization, 'x-practice-id': owner.practiceId });
    expect(foreign.errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
  });

  it('names a malformed id argument', async () => {
    const { errors } = await t.graphql(`mutation { revokeInvitation(id: "42") { id } }`, {}, owner.headers);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'must be an id (a UUID)' }] });
  });
});
