import { buildPractice, PracticeScenario, PracticeSpec, TestApp } from '@ascend/platform/testing';
import { givePlan, type BillingTestApp } from '../shared/billing-scenario';
import type { OfferingBilling } from './offering-rules';

/** The Checkout session id in a hosted page's address (…/pay/cs_test_…). */
export function sessionIdOf(url: string): string {
  return new URL(url).pathname.split('/').pop()!;
}

/**
 * A practice on the Solo plan whose connected account at the Stripe test server takes charges, as if onboarding
 * were done (the onboarding itself has its own test).
 */
export async function sellingPractice({ t, stripe }: BillingTestApp, spec: PracticeSpec = {}): Promise<PracticeScenario & { accountId: string }> {
  const practice = await buildPractice(t, { clients: 0, ...spec });
  await givePlan(t, practice.practiceId, 'SOLO');
  const account = await stripe.client().accounts.create({ type: 'standard', metadata: { practiceId: practice.practiceId } });
  await t.db.query(`update practice set stripe_account_id = $2, stripe_account_ready = true where id = $1`, [practice.practiceId, account.id]);
  return { ...practice, accountId: account.id };
}

export interface OfferingSpec {
  title?: string;
  slug?: string;
  priceCents?: number;
  currency?: string;
  billing?: OfferingBilling;
  months?: number;
  coachUserId?: string | null;
  active?: boolean;
  description?: string;
}

let counter = 0;

/** A package of the practice, written as the cluster administrator. */
export async function buildOffering(t: TestApp, practiceId: string, spec: OfferingSpec = {}): Promise<{ id: string; slug: string; title: string }> {
  counter += 1;
  const title = spec.title ?? `Leadership accelerator ${counter}`;
  const slug = spec.slug ?? `leadership-accelerator-${counter}-${Date.now().toString(36)}`;
  const [row] = await t.db.query<{ id: string }>(
    `insert into offering (tenant_id, slug, title, description, price_cents, currency, billing, months, coach_user_id, active)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      practiceId,
      slug,
      title,
      spec.description ?? 'Twelve months of **one-to-one** coaching for new leaders.',
      spec.priceCents ?? 120000,
      spec.currency ?? 'usd',
      spec.billing ?? 'ONE_TIME',
      spec.months ?? 12,
      spec.coachUserId ?? null,
      spec.active ?? true,
    ],
  );
  return { id: row.id, slug, title };
}

/** A purchase row as the cluster administrator writes it (for isolation cases and lists, no Stripe involved). */
export async function buildPurchase(t: TestApp, practiceId: string, spec: { offeringId: string; status?: string; amountCents?: number }): Promise<string> {
  counter += 1;
  const [row] = await t.db.query<{ id: string }>(
    `insert into purchase (tenant_id, kind, offering_id, buyer_name, buyer_email, description, amount_cents, currency, status,
                           checkout_session_id, checkout_expires_at, payment_intent_id, paid_at)
     values ($1, 'PACKAGE', $2, 'Rita Buyer', 'rita@example.com', 'A package', $3, 'usd', $4, $5, now() + interval '1 day', $6,
             case when $4 = 'PAID' then now() end)
     returning id`,
    [practiceId, spec.offeringId, spec.amountCents ?? 120000, spec.status ?? 'PAID', `cs_scenario_${counter}_${Date.now()}`, `pi_scenario_${counter}_${Date.now()}`],
  );
  return row.id;
}

/** A published paid masterclass of the practice, hosted by its owner, starting in three days. */
export async function buildPaidMasterclass(
  t: TestApp,
  practice: PracticeScenario,
  spec: { capacity?: number; priceCents?: number; title?: string } = {},
): Promise<{ id: string; slug: string; title: string }> {
  counter += 1;
  const title = spec.title ?? `Delegating without guilt ${counter}`;
  const slug = `delegating-without-guilt-${counter}-${Date.now().toString(36)}`;
  const startsAt = new Date(Date.now() + 72 * 3_600_000);
  const [row] = await t.db.query<{ id: string }>(
    `insert into masterclass (tenant_id, slug, title, description, starts_at, duration_minutes, time_zone, capacity, price_cents, currency,
                              registration_deadline, join_url, replay_url, host_user_id, status, published_at)
     values ($1, $2, $3, 'An hour on handing work over well.', $4, 60, 'Europe/London', $5, $6, 'EUR', $4, 'https://meet.example.com/delegate', '', $7, 'PUBLISHED', now())
     returning id`,
    [practice.practiceId, slug, title, startsAt, spec.capacity ?? 1, spec.priceCents ?? 4900, practice.owner.userId],
  );
  return { id: row.id, slug, title };
}

export interface HeldRegistration {
  id: string;
  status: string;
  manageToken: string;
}

/** A guest's registration from the public page. */
export async function registerGuest(t: TestApp, practiceSlug: string, masterclassSlug: string, email: string): Promise<HeldRegistration> {
  const { data, errors } = await t.graphql<{ registerForMasterclass: { registration: HeldRegistration } }>(
    `mutation($input: RegisterForMasterclassInput!) { registerForMasterclass(input: $input) { registration { id status manageToken } } }`,
    { input: { practiceSlug, masterclassSlug, name: 'Guest Registrant', email, question: '', consent: true } },
  );
  if (!data?.registerForMasterclass.registration) throw new Error(`registration failed: ${JSON.stringify(errors)}`);
  return data.registerForMasterclass.registration;
}

/** How the app processed each Stripe event of these types on a connected account, oldest first: `type outcome`. */
export async function connectEventOutcomes(t: TestApp, account: string, types: string[]): Promise<string[]> {
  const rows = await t.db.query<{ type: string; outcome: string | null; error: string | null }>(
    `select type, outcome, error from stripe_event where account = $1 and type = any($2) order by created_at, received_at`,
    [account, types],
  );
  return rows.map((row) => `${row.type} ${row.outcome ?? 'UNPROCESSED'}${row.error ? `: ${row.error}` : ''}`);
}

/** Follows a Stripe test server page's form: the address it redirects to. */
export async function postForm(url: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`${url} answered ${response.status} without a redirect`);
  return location;
}
