import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';

const CREATE = `mutation($input: MasterclassInput!) { createMasterclass(input: $input) { id price { amountCents } } }`;
const UPDATE = `mutation($input: UpdateMasterclassInput!) { updateMasterclass(input: $input) { id price { amountCents } } }`;
const PUBLISH = `mutation($id: ID!) { publishMasterclass(id: $id) { status } }`;
const NOT_ON_STARTER =
  'The Starter plan does not include paid masterclasses or coaching packages: the Solo plan does, and an owner or admin can upgrade on the Billing page.';

// Billing configured (no Stripe call is made here): plan limits apply.
const BILLING_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_entitlements',
  STRIPE_WEBHOOK_SECRET: 'whsec_entitlements',
  STRIPE_PRICE_SOLO: 'price_solo',
  STRIPE_PRICE_PRACTICE: 'price_practice',
  STRIPE_PRICE_TEAM: 'price_team',
};

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const masterclass = (extra: Record<string, unknown> = {}) => ({
  title: 'Delegation without guilt',
  description: 'An hour on handing work over and letting it go.',
  startsAt: inHours(72),
  durationMinutes: 60,
  timeZone: 'Europe/London',
  capacity: 40,
  joinUrl: 'https://meet.example.com/delegation',
  ...extra,
});
const PRICE = { amountCents: 3900, currency: 'USD' };

describe('paid masterclasses and the plan', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: BILLING_ENV });
  });
  afterAll(() => t.close());

  const onPlan = (practiceId: string, plan: string, status = 'ACTIVE') =>
    t.db.query(
      `insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id, plan, status) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id) do update set plan = excluded.plan, status = excluded.status`,
      [practiceId, `cus_${practiceId.replace(/-/g, '')}`, `sub_${practiceId.replace(/-/g, '')}`, plan, status],
    );

  it('refuses creating a paid masterclass on Starter, naming the plan that includes them, and creates free ones', async () => {
    const practice = await buildPractice(t);
    const paid = await t.graphql(CREATE, { input: masterclass({ price: PRICE }) }, practice.owner.headers);
    expect(paid.errors?.[0]).toMatchObject({ message: NOT_ON_STARTER, extensions: { code: 'FORBIDDEN', fields: [{ field: 'plan' }] } });
    const free = await t.graphql(CREATE, { input: masterclass() }, practice.owner.headers);
    expect(free.errors).toBeUndefined();
    expect(await t.db.query('select price_cents from masterclass where tenant_id = $1', [practice.practiceId])).toEqual([{ price_cents: null }]);
  });

  it('refuses putting a price on a free masterclass on Starter', async () => {
    const practice = await buildPractice(t);
    const { data } = await t.graphql<{ createMasterclass: { id: string } }>(CREATE, { input: masterclass() }, practice.owner.headers);
    const { errors } = await t.graphql(UPDATE, { input: masterclass({ id: data!.createMasterclass.id, price: PRICE }) }, practice.owner.headers);
    expect(errors?.[0]).toMatchObject({ message: NOT_ON_STARTER, extensions: { code: 'FORBIDDEN' } });
  });

  it('sells on Solo, and refuses publishing a paid draft once the subscription has ended', async () => {
    const practice = await buildPractice(t);
    await onPlan(practice.practiceId, 'SOLO');
    const { data, errors } = await t.graphql<{ createMasterclass: { id: string } }>(CREATE, { input: masterclass({ price: PRICE }) }, practice.owner.headers);
    expect(errors).toBeUndefined();
    await onPlan(practice.practiceId, 'SOLO', 'CANCELED');
    const refused = await t.graphql(PUBLISH, { id: data!.createMasterclass.id }, practice.owner.headers);
    expect(refused.errors?.[0]).toMatchObject({ message: NOT_ON_STARTER, extensions: { code: 'FORBIDDEN' } });
    await onPlan(practice.practiceId, 'PRACTICE');
    expect((await t.graphql(PUBLISH, { id: data!.createMasterclass.id }, practice.owner.headers)).data).toEqual({ publishMasterclass: { status: 'PUBLISHED' } });
  });
});
