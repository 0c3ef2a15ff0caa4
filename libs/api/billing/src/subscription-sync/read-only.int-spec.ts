import { buildPractice, uniqueEmail } from '@ascend/platform/testing';
import { BillingTestApp, settleWebhooks, startBillingTestApp } from '../shared/billing-scenario';
import { billingState, subscribeAtStripe } from './subscription-scenario';

let billing: BillingTestApp;

beforeAll(async () => {
  // No grace: a failed payment makes the practice read-only at once, so the test need not wait a week.
  billing = await startBillingTestApp({ env: { BILLING_GRACE_DAYS: '0' } });
});

afterAll(async () => {
  await billing?.close();
});

const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id email } }`;
const TEAM = `query { team { name } }`;

describe('an overdue payment past its grace period', () => {
  it('makes the practice read-only until it is paid: mutations refused, queries answered', async () => {
    const { t, stripe } = billing;
    const practice = await buildPractice(t);
    const { subscriptionId } = await subscribeAtStripe(billing, practice, 'PRACTICE');
    await settleWebhooks(t, stripe);
    const invite = () => t.graphql<{ inviteMember: { email: string } }>(INVITE, { input: { email: uniqueEmail('coach'), role: 'COACH' } }, practice.owner.headers);
    expect((await invite()).errors).toBeUndefined();

    await stripe.failNextRenewal(subscriptionId);
    await settleWebhooks(t, stripe);
    expect((await billingState(t, practice.practiceId)).subscription).toMatchObject({ status: 'PAST_DUE', read_only: true });
    const refused = await invite();
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('read-only until its overdue payment is made'), extensions: { code: 'FORBIDDEN' } });
    const team = await t.graphql<{ team: { name: string }[] }>(TEAM, {}, practice.owner.headers);
    expect(team.errors).toBeUndefined();
    expect(team.data?.team.map((member) => member.name)).toContain(practice.owner.name);

    await stripe.recoverPayment(subscriptionId);
    await settleWebhooks(t, stripe);
    expect((await billingState(t, practice.practiceId)).subscription).toMatchObject({ status: 'ACTIVE', read_only: false, past_due_since: null });
    expect((await invite()).errors).toBeUndefined();
  });
});
