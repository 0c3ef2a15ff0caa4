import { buildPractice, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;

// Billing configured (no Stripe call is made here): plan limits apply.
const BILLING_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_entitlements',
  STRIPE_WEBHOOK_SECRET: 'whsec_entitlements',
  STRIPE_PRICE_SOLO: 'price_solo',
  STRIPE_PRICE_PRACTICE: 'price_practice',
  STRIPE_PRICE_TEAM: 'price_team',
};

describe('the coach limit of the plan', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule], env: BILLING_ENV });
  });
  afterAll(() => t.close());

  const onPlan = (practiceId: string, plan: string) =>
    t.db.query(`insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id, plan, status) values ($1, $2, $3, $4, 'ACTIVE')`, [
      practiceId,
      `cus_${practiceId.replace(/-/g, '')}`,
      `sub_${practiceId.replace(/-/g, '')}`,
      plan,
    ]);
  const teamCount = async (practiceId: string) =>
    (
      await t.db.query<{ count: number }>(
        `select (select count(*) from membership where tenant_id = $1 and role <> 'CLIENT') + (select count(*) from invitation where tenant_id = $1 and role <> 'CLIENT') as count`,
        [practiceId],
      )
    )[0].count;

  it('refuses a coach invitation beyond Starter, naming the limit and the plan that lifts it', async () => {
    const practice = await buildPractice(t);
    const { data, errors } = await t.graphql(INVITE, { input: { email: uniqueEmail('coach'), role: 'COACH' } }, practice.owner.headers);
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: 'The Starter plan allows 1 coach and this practice has 1 coach. The Practice plan allows 5 coaches: an owner or admin can upgrade on the Billing page.',
      extensions: { code: 'FORBIDDEN', fields: [{ field: 'plan' }] },
    });
    expect(Number(await teamCount(practice.practiceId))).toBe(1);
  });

  it('still invites clients, who are not coaches', async () => {
    const practice = await buildPractice(t);
    const { errors } = await t.graphql(INVITE, { input: { email: uniqueEmail('client'), role: 'CLIENT' } }, practice.owner.headers);
    expect(errors).toBeUndefined();
  });

  it('never passes the limit when invitations race each other', async () => {
    const practice = await buildPractice(t, { coaches: 2 });
    await onPlan(practice.practiceId, 'PRACTICE');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => t.graphql(INVITE, { input: { email: uniqueEmail('racer'), role: 'COACH' } }, practice.owner.headers)),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(2);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'FORBIDDEN').length).toBe(4);
    expect(Number(await teamCount(practice.practiceId))).toBe(5);
  });

  it('refuses making a client a coach beyond the limit', async () => {
    const practice = await buildPractice(t, { clients: 1 });
    const { errors } = await t.graphql(CHANGE, { input: { membershipId: practice.clients[0].membershipId, role: 'COACH' } }, practice.owner.headers);
    expect(errors?.[0]).toMatchObject({ message: expect.stringContaining('The Starter plan allows 1 coach'), extensions: { code: 'FORBIDDEN' } });
  });

  it('counts an expired invitation again when it is resent', async () => {
    const practice = await buildPractice(t, { coaches: 3 });
    await onPlan(practice.practiceId, 'PRACTICE');
    const first = await t.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email: uniqueEmail('late'), role: 'COACH' } }, practice.owner.headers);
    await t.db.query(`update invitation set expires_at = now() - interval '1 day' where id = $1`, [first.data!.inviteMember.id]);
    const second = await t.graphql(INVITE, { input: { email: uniqueEmail('next'), role: 'ADMIN' } }, practice.owner.headers);
    expect(second.errors).toBeUndefined();
    const resent = await t.graphql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: first.data!.inviteMember.id }, practice.owner.headers);
    expect(resent.errors?.[0]).toMatchObject({ message: expect.stringContaining('The Practice plan allows 5 coaches'), extensions: { code: 'FORBIDDEN' } });
  });
});
