import { buildPractice, startTestApp } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { BillingModule } from '../billing.module';
import { BillingTestApp, settleWebhooks, startBillingTestApp } from '../shared/billing-scenario';
import { postForm } from './sales-scenario';

const ACCOUNT = `{ salesAccount { connected chargesEnabled billingConfigured paidOfferingsAllowed } }`;
const CONNECT = `mutation { connectStripeAccount { url } }`;

/** Stripe Connect: the practice's own account, made once, onboarded on Stripe's page, ready when Stripe says so. */
describe('the practice’s Stripe account for its sales', () => {
  let billing: BillingTestApp;

  beforeAll(async () => {
    billing = await startBillingTestApp();
  });
  afterAll(() => billing.close());

  const connect = async (headers: Record<string, string>) => {
    const { data, errors } = await billing.t.graphql<{ connectStripeAccount: { url: string } }>(CONNECT, {}, headers);
    if (!data) throw new Error(JSON.stringify(errors));
    return data.connectStripeAccount.url;
  };
  const account = async (headers: Record<string, string>) => (await billing.t.graphql<{ salesAccount: Record<string, boolean> }>(ACCOUNT, {}, headers)).data?.salesAccount;
  const stored = async (practiceId: string) =>
    (await billing.t.db.query<{ stripe_account_id: string | null; stripe_account_ready: boolean }>(`select stripe_account_id, stripe_account_ready from practice where id = $1`, [practiceId]))[0];

  it('connects once, onboards on Stripe’s page, and is ready when account.updated arrives', async () => {
    const { t, stripe } = billing;
    const practice = await buildPractice(t, { clients: 0 });
    expect(await account(practice.owner.headers)).toEqual({ connected: false, chargesEnabled: false, billingConfigured: true, paidOfferingsAllowed: false });

    const first = await connect(practice.owner.headers);
    const { stripe_account_id: accountId } = await stored(practice.practiceId);
    expect(accountId).toMatch(/^acct_/);
    expect(await account(practice.owner.headers)).toMatchObject({ connected: true, chargesEnabled: false });
    // Asked again (the link expired, the owner came back later): the same account, a new link.
    const second = await connect(practice.owner.headers);
    expect(second).not.toBe(first);
    expect((await stored(practice.practiceId)).stripe_account_id).toBe(accountId);
    expect(stripe.requests.filter((r) => r.method === 'POST' && r.path === '/v1/accounts')).toEqual([
      { method: 'POST', path: '/v1/accounts', idempotencyKey: `connect-account:${practice.practiceId}` },
    ]);

    expect(await postForm(`${second}/complete`)).toBe(`${t.config.publicUrl}/app/sales?connect=done`);
    await settleWebhooks(t, stripe);
    expect(await stored(practice.practiceId)).toEqual({ stripe_account_id: accountId, stripe_account_ready: true });
    expect(await account(practice.owner.headers)).toMatchObject({ connected: true, chargesEnabled: true });
    // A used link sends the owner back to ask for a new one.
    expect(await postForm(`${second}/complete`)).toBe(`${t.config.publicUrl}/app/sales?connect=retry`);
  });

  it('asks Stripe again when the page is opened before account.updated is processed', async () => {
    const { t, stripe } = billing;
    const practice = await buildPractice(t, { clients: 0 });
    await postForm(`${await connect(practice.owner.headers)}/complete`);
    await settleWebhooks(t, stripe);
    // As if the event were still on its way.
    await t.db.query(`update practice set stripe_account_ready = false where id = $1`, [practice.practiceId]);
    expect(await account(practice.owner.headers)).toMatchObject({ connected: true, chargesEnabled: true });
    expect((await stored(practice.practiceId)).stripe_account_ready).toBe(true);
  });

  it('answers SERVICE_UNAVAILABLE and stores nothing while Stripe is unreachable', async () => {
    const { t, stripe } = billing;
    const practice = await buildPractice(t, { clients: 0 });
    stripe.setDown(true);
    try {
      const { errors } = await t.graphql(CONNECT, {}, practice.owner.headers);
      expect(errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      stripe.setDown(false);
    }
    expect(await stored(practice.practiceId)).toEqual({ stripe_account_id: null, stripe_account_ready: false });
  });

  it('is for owners and admins only', async () => {
    const practice = await buildPractice(billing.t, { coaches: 1, clients: 1 });
    for (const person of [practice.coaches[0], practice.clients[0]]) {
      const { errors } = await billing.t.graphql(CONNECT, {}, person.headers);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the sales account without Stripe keys', () => {
  it('says billing is not configured, and connecting names the variables that enable it', async () => {
    const t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule, BillingModule] });
    try {
      const practice = await buildPractice(t, { clients: 0 });
      expect((await t.graphql(ACCOUNT, {}, practice.owner.headers)).data).toEqual({
        salesAccount: { connected: false, chargesEnabled: false, billingConfigured: false, paidOfferingsAllowed: true },
      });
      const { errors } = await t.graphql(CONNECT, {}, practice.owner.headers);
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('STRIPE_SECRET_KEY') });
    } finally {
      await t.close();
    }
  });
});
