import { buildPractice, buildPracticePair, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status sentCount invitedByName } }`;
const TEAM = `{ team { membershipId userId name email role } }`;
const PREVIEW = `query($practiceId: ID!, $token: String!) { invitationPreview(practiceId: $practiceId, token: $token) { practiceName email role accountExists } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { account { email } memberships { practiceId role } } } }`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;
const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;

interface Team {
  team: { membershipId: string; userId: string; name: string; email: string; role: string }[];
}

describe('team and invitations', () => {
  // One app and one mail catcher for the file; every test builds its own practice and invites its own addresses.
  let t: TestApp;
  let mail: MailCatcher;

  /** The invitation link mailed to `email` (every test invites addresses no other test uses), other than `besides`. */
  const linkOf = async (email: string, besides?: { message: unknown }) => {
    const message = await mail.waitFor((m) => m.to.includes(email) && m.tag === 'invitation' && m !== besides?.message);
    const url = new URL(message.links.find((l) => l.includes('/invitations/accept'))!);
    return { practiceId: url.searchParams.get('practice')!, token: url.searchParams.get('token')!, message };
  };

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule], env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('invites a coach by email, who accepts with a new account and appears in the team', async () => {
    const { owner, practiceId: ownPractice } = await buildPractice(t, { ownerName: 'Maren Okafor' });
    const typed = uniqueEmail('Coach.One');
    const email = typed.toLowerCase();
    const invited = await t.graphql(INVITE, { input: { email: typed, role: 'COACH' } }, owner.headers);
    expect(invited.data).toMatchObject({ inviteMember: { email, role: 'COACH', status: 'PENDING', sentCount: 1, invitedByName: 'Maren Okafor' } });
    const { practiceId, token, message } = await linkOf(email);
    expect(message.subject).toMatch(/^Maren Okafor invited you to Practice .* on Ascend$/);
    expect(practiceId).toBe(ownPractice);

    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toMatchObject({
      invitationPreview: { email, role: 'COACH', accountExists: false },
    });
    const accepted = await t.graphql(ACCEPT, { input: { practiceId, token, name: 'Coach One', password: 'Lantern-Tide-31-Orchard' } });
    expect(accepted.data).toMatchObject({ acceptInvitation: { viewer: { account: { email }, memberships: [{ practiceId, role: 'COACH' }] } } });
    expect(accepted.headers.getSetCookie().join()).toMatch(/ascend_refresh=/);

    const { data } = await t.graphql<Team>(TEAM, {}, owner.headers);
    expect(data!.team.map((m) => [m.name, m.role])).toEqual([
      ['Maren Okafor', 'OWNER'],
      ['Coach One', 'COACH'],
    ]);
    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toEqual({ invitationPreview: null });
    const events = await t.db.query<{ action: string }>('select action from audit_event where tenant_id = $1 order by created_at', [ownPractice]);
    expect(events.map((e) => e.action)).toEqual(['MEMBER_INVITED', 'INVITATION_ACCEPTED']);
  });

  it('attaches an existing account only with its password', async () => {
    const { owner } = await buildPractice(t);
    const { owner: other } = await buildPractice(t);
    await t.graphql(INVITE, { input: { email: other.email, role: 'ADMIN' } }, owner.headers);
    const { practiceId, token } = await linkOf(other.email);
    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toMatchObject({ invitationPreview: { accountExists: true } });
    const wrong = await t.graphql(ACCEPT, { input: { practiceId, token, password: 'not-their-password' } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', fields: [{ field: 'input.password' }] });
    const right = await t.graphql<{ acceptInvitation: { viewer: { memberships: { role: string }[] } } }>(ACCEPT, { input: { practiceId, token, password: other.password } });
    expect(right.data!.acceptInvitation.viewer.memberships.map((m) => m.role).sort()).toEqual(['ADMIN', 'OWNER']);
  });

  it('resends with a new link (the old one stops working) and revokes', async () => {
    const { owner } = await buildPractice(t);
    const email = uniqueEmail('resend-me');
    const { data } = await t.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email, role: 'CLIENT' } }, owner.headers);
    const first = await linkOf(email);
    const resent = await t.graphql(`mutation($id: ID!) { resendInvitation(id: $id) { sentCount status } }`, { id: data!.inviteMember.id }, owner.headers);
    expect(resent.data).toEqual({ resendInvitation: { sentCount: 2, status: 'PENDING' } });
    const second = await linkOf(email, first);
    expect(second.token).not.toBe(first.token);
    expect((await t.graphql(PREVIEW, { practiceId: first.practiceId, token: first.token })).data).toEqual({ invitationPreview: null });
    expect((await t.graphql(PREVIEW, { practiceId: second.practiceId, token: second.token })).data).toMatchObject({ invitationPreview: { email, role: 'CLIENT' } });

    const revoked = await t.graphql(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: data!.inviteMember.id }, owner.headers);
    expect(revoked.data).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    expect((await t.graphql(PREVIEW, { practiceId: second.practiceId, token: second.token })).data).toEqual({ invitationPreview: null });
    const late = await t.graphql(ACCEPT, { input: { practiceId: second.practiceId, token: second.token, name: 'Late', password: 'Lantern-Tide-31-Orchard' } });
    expect(late.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets an invitation expire after its week', async () => {
    const { owner, practiceId: ownPractice } = await buildPractice(t);
    const email = uniqueEmail('too-late');
    await t.graphql(INVITE, { input: { email, role: 'CLIENT' } }, owner.headers);
    const { practiceId, token } = await linkOf(email);
    await t.db.query(`update invitation set expires_at = now() - interval '1 second' where tenant_id = $1 and email = $2`, [ownPractice, email]);
    expect((await t.graphql(PREVIEW, { practiceId, token })).data).toEqual({ invitationPreview: null });
    const accepted = await t.graphql(ACCEPT, { input: { practiceId, token, name: 'Too Late', password: 'Lantern-Tide-31-Orchard' } });
    expect(accepted.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { data } = await t.graphql<{ invitations: { email: string; status: string }[] }>(`{ invitations { email status } }`, {}, owner.headers);
    expect(data!.invitations).toEqual([{ email, status: 'EXPIRED' }]);
  });

  it("refuses a suspended practice's invitation with the reason, takes nobody in, and accepts it once the practice is reactivated", async () => {
    const { owner, practiceId: ownPractice } = await buildPractice(t);
    const email = uniqueEmail('during-suspension');
    await t.graphql(INVITE, { input: { email, role: 'COACH' } }, owner.headers);
    const { practiceId, token } = await linkOf(email);
    await t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Chargebacks under review', 'ops@example.com')`, [ownPractice]);

    const suspended = { message: expect.stringMatching(/^This practice is suspended by Ascend/), extensions: { code: 'FORBIDDEN' } };
    expect((await t.graphql(PREVIEW, { practiceId, token })).errors?.[0]).toMatchObject(suspended);
    const refused = await t.graphql(ACCEPT, { input: { practiceId, token, name: 'Kept Out', password: 'Lantern-Tide-31-Orchard' } });
    expect(refused.errors?.[0]).toMatchObject(suspended);
    expect(await t.db.query('select 1 from app_user where email = $1', [email])).toEqual([]);

    await t.db.query(`delete from practice_suspension where practice_id = $1`, [ownPractice]);
    const accepted = await t.graphql(ACCEPT, { input: { practiceId, token, name: 'Let In', password: 'Lantern-Tide-31-Orchard' } });
    expect(accepted.data).toMatchObject({ acceptInvitation: { viewer: { memberships: [{ practiceId, role: 'COACH' }] } } });
  });

  it('refuses duplicate invitations and invitations of members, naming the email', async () => {
    const { owner, clients } = await buildPractice(t, { clients: 1 });
    const email = uniqueEmail('twice');
    expect((await t.graphql(INVITE, { input: { email, role: 'CLIENT' } }, owner.headers)).errors).toBeUndefined();
    const again = await t.graphql(INVITE, { input: { email, role: 'CLIENT' } }, owner.headers);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email', message: 'already has an open invitation' }] });
    for (const member of [owner, clients[0]]) {
      const invited = await t.graphql(INVITE, { input: { email: member.email, role: 'CLIENT' } }, owner.headers);
      expect(invited.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.email', message: 'is already a member' }] });
    }
  });

  it('lets an admin invite but not hand out ownership, and keeps coaches and clients out', async () => {
    const { admins, coaches, clients } = await buildPractice(t, { admins: 1, coaches: 1, clients: 1 });
    const [admin] = admins;
    expect((await t.graphql(INVITE, { input: { email: uniqueEmail('coach'), role: 'COACH' } }, admin.headers)).errors).toBeUndefined();
    const owning = await t.graphql(INVITE, { input: { email: uniqueEmail('owner'), role: 'OWNER' } }, admin.headers);
    expect(owning.errors?.[0]).toMatchObject({ message: 'Only an owner can invite another owner', extensions: { code: 'FORBIDDEN' } });

    const byCoach = await t.graphql(INVITE, { input: { email: uniqueEmail('client'), role: 'CLIENT' } }, coaches[0].headers);
    expect(byCoach.errors?.[0]).toMatchObject({ message: 'This needs the role OWNER or ADMIN in this practice; you are COACH', extensions: { code: 'FORBIDDEN' } });
    const team = await t.graphql(TEAM, {}, clients[0].headers);
    expect(team.data).toBeNull();
    expect(team.errors?.[0]).toMatchObject({ message: 'This needs the role OWNER or ADMIN or COACH in this practice; you are CLIENT', extensions: { code: 'FORBIDDEN' } });
  });

  it('removes a member, recording who did it', async () => {
    const { owner, clients, practiceId } = await buildPractice(t, { clients: 2 });
    const [leaving, staying] = clients;
    const removed = await t.graphql(REMOVE, { id: leaving.membershipId }, owner.headers);
    expect(removed.data).toEqual({ removeMember: true });
    const after = (await t.graphql<Team>(TEAM, {}, owner.headers)).data!.team;
    expect(after.map((m) => m.email)).toEqual([owner.email, staying.email]);
    const events = await t.db.query(`select actor_email, target_email from audit_event where tenant_id = $1 and action = 'MEMBER_REMOVED'`, [practiceId]);
    expect(events).toEqual([{ actor_email: owner.email, target_email: leaving.email }]);
    const gone = await t.graphql(`{ viewer { memberships { practiceId } } }`, {}, { authorization: leaving.headers.authorization });
    expect(gone.data).toEqual({ viewer: { memberships: [] } });
  });

  it('always keeps an owner', async () => {
    const { owner, coaches } = await buildPractice(t, { coaches: 1 });
    const demote = await t.graphql(CHANGE, { input: { membershipId: owner.membershipId, role: 'ADMIN' } }, owner.headers);
    expect(demote.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.role' }] });
    const remove = await t.graphql(REMOVE, { id: owner.membershipId }, owner.headers);
    expect(remove.errors?.[0].extensions?.code).toBe('CONFLICT');

    expect((await t.graphql(CHANGE, { input: { membershipId: coaches[0].membershipId, role: 'OWNER' } }, owner.headers)).data).toEqual({ changeMemberRole: { role: 'OWNER' } });
    expect((await t.graphql(CHANGE, { input: { membershipId: owner.membershipId, role: 'ADMIN' } }, owner.headers)).errors).toBeUndefined();
  });

  it('needs the practice header and a membership in that practice', async () => {
    const { a, b } = await buildPracticePair(t);
    const missing = await t.graphql(TEAM, {}, { authorization: a.owner.headers.authorization });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'x-practice-id' }] });
    const foreign = await t.graphql(TEAM, {}, { authorization: b.owner.headers.authorization, 'x-practice-id': a.practiceId });
    expect(foreign.errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
  });

  it('names a malformed id argument', async () => {
    const { owner } = await buildPractice(t);
    const { errors } = await t.graphql(`mutation { revokeInvitation(id: "42") { id } }`, {}, owner.headers);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'must be an id (a UUID)' }] });
  });
});
