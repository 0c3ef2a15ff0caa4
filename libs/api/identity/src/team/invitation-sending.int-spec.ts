import { buildPractice, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id } }`;

describe('mail a practice can make Ascend send', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule], env: { INVITATIONS_PER_HOUR: '2', INVITATIONS_PER_DAY: '3', CONFIRMATION_MAILS_PER_HOUR: '1', JOBS_WORKER: 'false' } });
  });
  afterAll(() => t.close());

  const invite = (headers: Record<string, string>, email = uniqueEmail('invitee')) => t.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email, role: 'COACH' } }, headers);
  const invitationsOf = async (practiceId: string) => (await t.db.query<{ n: number }>('select count(*)::int as n from invitation where tenant_id = $1', [practiceId]))[0].n;
  const mailJobsFor = async (practiceId: string) =>
    (await t.db.query<{ n: number }>(`select count(*)::int as n from graphile_worker._private_jobs where payload->>'invitationId' is not null and payload->>'practiceId' = $1`, [practiceId]))[0].n;

  it('sends no invitation until the practice owner has confirmed their address', async () => {
    const { practiceId, owner } = await buildPractice(t, { emailVerified: false });
    const answer = await invite(owner.headers);
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Invitations go out once the practice owner has confirmed their email address: use the link in the confirmation mail (or send it again)',
      extensions: { code: 'FORBIDDEN' },
    });
    expect([await invitationsOf(practiceId), await mailJobsFor(practiceId)]).toEqual([0, 0]);
  });

  it('stops at the hourly allowance with a message naming it, writing nothing, and leaves other practices alone', async () => {
    const { practiceId, owner } = await buildPractice(t);
    for (let i = 0; i < 2; i++) expect((await invite(owner.headers)).errors).toBeUndefined();
    const refused = await invite(owner.headers);
    expect(refused.errors?.[0]).toMatchObject({ message: 'This practice has sent its 2 invitations for this hour: try again in 60 minutes', extensions: { code: 'TOO_MANY_REQUESTS' } });
    expect([await invitationsOf(practiceId), await mailJobsFor(practiceId)]).toEqual([2, 2]);
    const other = await buildPractice(t);
    expect((await invite(other.owner.headers)).errors).toBeUndefined();
  });

  it('counts resends too, and a day has its own allowance', async () => {
    const { owner } = await buildPractice(t);
    const id = (await invite(owner.headers)).data!.inviteMember.id;
    expect((await t.graphql(RESEND, { id }, owner.headers)).errors).toBeUndefined();
    // The hour's window has passed; the day's has not.
    await t.db.query(`update rate_limit set window_ends_at = now() where key like $1`, [`send:invitations:${owner.headers['x-practice-id']}:hour`]);
    expect((await t.graphql(RESEND, { id }, owner.headers)).errors).toBeUndefined();
    expect((await t.graphql(RESEND, { id }, owner.headers)).errors?.[0].message).toBe('This practice has sent its 3 invitations for this day: try again in 24 hours');
  });

  it('cannot be multiplied by aliases: one request over the allowance sends nothing at all', async () => {
    const { practiceId, owner } = await buildPractice(t);
    const fields = [1, 2, 3].map((i) => `i${i}: inviteMember(input: { email: "${uniqueEmail(`alias${i}`)}", role: COACH }) { id }`).join(' ');
    const answer = await t.graphql(`mutation { ${fields} }`, {}, owner.headers);
    expect(answer.data).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toContain('TOO_MANY_REQUESTS');
    expect([await invitationsOf(practiceId), await mailJobsFor(practiceId)]).toEqual([0, 0]);
  });

  it('holds when invitations race: the counter row is locked while each one is counted', async () => {
    const { practiceId, owner } = await buildPractice(t);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => invite(owner.headers)));
    expect(answers.filter((answer) => !answer.errors).length).toBe(2);
    expect(answers.filter((answer) => answer.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS').length).toBe(3);
    expect(await invitationsOf(practiceId)).toBe(2);
  });

  it('limits confirmation mails per person, one per request', async () => {
    const { owner } = await buildPractice(t, { emailVerified: false });
    const resend = () => t.graphql(`mutation { resendVerificationEmail }`, {}, owner.headers);
    expect((await resend()).errors).toBeUndefined();
    expect((await resend()).errors?.[0]).toMatchObject({
      message: 'You can be sent 1 confirmation mail per hour (the newest link works): try again in 60 minutes',
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    const twice = await t.graphql(`mutation { a: resendVerificationEmail b: resendVerificationEmail }`, {}, owner.headers);
    expect(twice.errors?.[0].message).toBe('resendVerificationEmail must be the only field of its request: send it on its own');
  });
});
