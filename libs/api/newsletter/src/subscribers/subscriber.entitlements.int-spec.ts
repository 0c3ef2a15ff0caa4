import { buildPractice, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { buildSubscriber, buildSubscribers } from '../shared/subscriber-scenario';
import { CONFIRM, RESUBSCRIBE, startNewsletterApp, stored, SUBSCRIBE, tokenFor } from './jest/newsletter-app';

const IMPORT = `mutation($csv: String!, $fileName: String!) { importSubscribers(csv: $csv, fileName: $fileName) { id } }`;
const LIST_CLOSED = 'This newsletter is not taking new subscribers right now. Please try again later.';

// Billing configured (no Stripe call is made here): plan limits apply.
const BILLING_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_entitlements',
  STRIPE_WEBHOOK_SECRET: 'whsec_entitlements',
  STRIPE_PRICE_SOLO: 'price_solo',
  STRIPE_PRICE_PRACTICE: 'price_practice',
  STRIPE_PRICE_TEAM: 'price_team',
};

describe('the subscriber limit of the plan', () => {
  let t: TestApp;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ t, stop } = await startNewsletterApp(BILLING_ENV));
  });
  afterAll(() => stop());

  /** A Starter practice (250 subscribers) with `subscribed` confirmed subscribers. */
  async function practiceWith(subscribed: number) {
    const practice = await buildPractice(t);
    await buildSubscribers(t, practice, subscribed);
    return practice;
  }

  it('tells a visitor confirming past the limit that the list is closed, never the plan, and keeps them pending', async () => {
    const practice = await practiceWith(250);
    const pending = await buildSubscriber(t, practice, { status: 'PENDING' });
    const { data, errors } = await t.graphql(CONFIRM, { token: tokenFor(t, 'confirm', practice.practiceId, pending.id) });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: LIST_CLOSED, extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(errors)).not.toMatch(/plan|Starter|upgrade/i);
    expect((await stored(t, practice.practiceId, pending.email))?.status).toBe('PENDING');
  });

  it('confirms below the limit', async () => {
    const practice = await practiceWith(249);
    const pending = await buildSubscriber(t, practice, { status: 'PENDING' });
    const { data } = await t.graphql<{ confirmNewsletterSubscription: { status: string } }>(CONFIRM, { token: tokenFor(t, 'confirm', practice.practiceId, pending.id) });
    expect(data?.confirmNewsletterSubscription.status).toBe('SUBSCRIBED');
  });

  it('refuses coming back past the limit with the same neutral words', async () => {
    const practice = await practiceWith(250);
    const left = await buildSubscriber(t, practice, { status: 'UNSUBSCRIBED' });
    const { errors } = await t.graphql(RESUBSCRIBE, { token: tokenFor(t, 'unsubscribe', practice.practiceId, left.id) });
    expect(errors?.[0]).toMatchObject({ message: LIST_CLOSED, extensions: { code: 'FORBIDDEN' } });
    expect((await stored(t, practice.practiceId, left.email))?.status).toBe('UNSUBSCRIBED');
  });

  it('still takes signups at the limit: they wait, pending, for room', async () => {
    const practice = await practiceWith(250);
    const email = uniqueEmail('reader');
    const { errors } = await t.graphql(SUBSCRIBE, { input: { practiceSlug: practice.slug, email, name: 'Patient Reader', consent: true } });
    expect(errors).toBeUndefined();
    expect((await stored(t, practice.practiceId, email))?.status).toBe('PENDING');
  });

  it('refuses an import whose new subscribers do not all fit, naming the limit and the plan that lifts it', async () => {
    const practice = await practiceWith(249);
    const csv = ['Email Address,First Name,CONFIRM_TIME', ...[1, 2, 3].map((n) => `${uniqueEmail(`imported${n}`)},Reader ${n},2024-03-31 14:05:09`)].join('\n');
    const { errors } = await t.graphql(IMPORT, { csv, fileName: 'subscribed_members_export.csv' }, practice.owner.headers);
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('The Starter plan allows 250 newsletter subscribers and this practice has 249 newsletter subscribers, so 3 more do not fit. The Solo plan'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await t.db.query('select 1 from subscriber_import where tenant_id = $1', [practice.practiceId])).toEqual([]);

    const fits = await t.graphql(IMPORT, { csv: csv.split('\n').slice(0, 2).join('\n'), fileName: 'subscribed_members_export.csv' }, practice.owner.headers);
    expect(fits.errors).toBeUndefined();
  });
});
