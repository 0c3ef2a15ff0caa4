import { ContentModule } from '@ascend/content';
import { NewsletterModule } from '@ascend/newsletter';
import { buildPractice, PracticeScenario, runIsolationCase, signUpOwner, startMailCatcher, startTestApp, TestApp } from '@ascend/platform/testing';
import { BillingModule } from '../billing.module';
import { isolationCases } from './operator.isolation';

const PRACTICES = `{ operatorPractices { id slug name plan status trialEndsAt mrrCents suspended suspendedReason coaches activeClients subscribers emailsThisMonth } }`;
const TOTALS = `query($days: Int) { operatorTotals(days: $days) {
  mrrCents activePractices payingPractices trialingPractices suspendedPractices churnedPractices churnRate periodDays mrrHistory { month mrrCents payingPractices }
} }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendPractice(practiceId: $id, reason: $reason) { id suspended suspendedReason } }`;
const REACTIVATE = `mutation($id: ID!) { reactivatePractice(practiceId: $id) { id suspended suspendedReason } }`;
const AUDIT = `{ operatorAudit(limit: 500) { action actorEmail practiceId practiceName detail createdAt } }`;
const SUSPENDED_MESSAGE = 'This practice is suspended by Ascend: its workspace and public pages are closed until it is reactivated. Nothing has been deleted; contact Ascend support.';

interface OperatorPracticeRow {
  id: string;
  plan: string;
  status: string;
  trialEndsAt: string | null;
  mrrCents: number;
  suspended: boolean;
  suspendedReason: string | null;
  coaches: number;
  activeClients: number;
}
interface Totals {
  mrrCents: number;
  activePractices: number;
  payingPractices: number;
  trialingPractices: number;
  suspendedPractices: number;
  churnedPractices: number;
  churnRate: number;
  periodDays: number;
  mrrHistory: { month: string; mrrCents: number; payingPractices: number }[];
}

describe('the operator console', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [BillingModule, NewsletterModule, ContentModule], env: { JOBS_WORKER: 'false' } });
  });
  afterAll(() => t.close());

  /** A practice whose owner is a platform operator: operators are made in SQL, as on a real server. */
  const buildOperator = async (): Promise<PracticeScenario['owner']> => {
    const { owner } = await buildPractice(t, { ownerName: 'Ola Operator' });
    await t.db.query('update app_user set is_operator = true where id = $1', [owner.userId]);
    return owner;
  };
  const asOperator = async () => (await buildOperator()).headers;
  const totals = async (headers: Record<string, string>, days = 30) => {
    const answer = await t.graphql<{ operatorTotals: Totals }>(TOTALS, { days }, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!.operatorTotals;
  };
  /** The practice's subscription row as the webhook sync would leave it, written directly. */
  const subscribe = (practiceId: string, row: { plan: string; status: string; mrrCents?: number; startedDaysAgo?: number; trialEnd?: string }) =>
    t.db.query(
      `insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id, plan, status, mrr_cents, started_at, trial_end, synced_at)
       values ($1::uuid, 'cus_' || md5($1::uuid::text), 'sub_' || md5($1::uuid::text), $2, $3, $4, now() - make_interval(days => $5), $6, now())`,
      [practiceId, row.plan, row.status, row.mrrCents ?? 0, row.startedDaysAgo ?? 0, row.trialEnd ?? null],
    );
  const traces = async (practiceId: string) => ({
    suspensions: await t.db.query('select reason from practice_suspension where practice_id = $1', [practiceId]),
    audit: await t.db.query('select action from platform_audit_event where practice_id = $1', [practiceId]),
  });

  it('shows an operator every practice with its plan, subscription, revenue and usage, whatever practice they name', async () => {
    const operator = await buildOperator();
    const paying = await buildPractice(t, { coaches: 2, clients: 3 });
    const trialing = await buildPractice(t);
    await subscribe(paying.practiceId, { plan: 'PRACTICE', status: 'ACTIVE', mrrCents: 12_900 });
    await subscribe(trialing.practiceId, { plan: 'SOLO', status: 'TRIALING', trialEnd: '2031-01-15T00:00:00Z' });

    // Named practice or none: an operator's reach does not depend on it.
    for (const headers of [operator.headers, { authorization: operator.headers.authorization }]) {
      const { data, errors } = await t.graphql<{ operatorPractices: OperatorPracticeRow[] }>(PRACTICES, {}, headers);
      expect(errors).toBeUndefined();
      const byId = new Map(data!.operatorPractices.map((p) => [p.id, p]));
      expect(byId.get(paying.practiceId)).toMatchObject({ plan: 'PRACTICE', status: 'ACTIVE', mrrCents: 12_900, suspended: false, coaches: 3, activeClients: 3 });
      expect(byId.get(trialing.practiceId)).toMatchObject({ plan: 'SOLO', status: 'TRIALING', trialEndsAt: '2031-01-15T00:00:00.000Z', mrrCents: 0 });
      expect(byId.get(operator.headers['x-practice-id'])).toMatchObject({ plan: 'STARTER', status: 'NONE', mrrCents: 0, coaches: 1 });
    }
  });

  it('adds a new paying practice to MRR, paying practices and this month of the history, and counts its churn', async () => {
    const headers = await asOperator();
    const before = await totals(headers);
    const practice = await buildPractice(t);
    await subscribe(practice.practiceId, { plan: 'SOLO', status: 'ACTIVE', mrrCents: 4_900, startedDaysAgo: 200 });

    const after = await totals(headers);
    expect(after.mrrCents - before.mrrCents).toBe(4_900);
    expect(after.payingPractices - before.payingPractices).toBe(1);
    expect(after.activePractices - before.activePractices).toBe(1);
    expect(after.mrrHistory).toHaveLength(12);
    expect(after.mrrHistory.at(-1)!.month).toBe(`${new Date().toISOString().slice(0, 7)}-01`);
    expect(after.mrrHistory.at(-1)!.mrrCents - before.mrrHistory.at(-1)!.mrrCents).toBe(4_900);
    expect(after.mrrHistory[0].mrrCents - before.mrrHistory[0].mrrCents).toBe(0);

    // It cancels: gone from MRR now, counted as churn of the period, still in the months it paid for.
    await t.db.query(`update subscription set status = 'CANCELED', mrr_cents = 0, canceled_at = now() - interval '1 hour' where tenant_id = $1`, [practice.practiceId]);
    const churned = await totals(headers);
    expect(churned.mrrCents).toBe(before.mrrCents);
    expect(churned.churnedPractices - before.churnedPractices).toBe(1);
    expect(churned.churnRate).toBeGreaterThan(0);
    expect(churned.mrrHistory.at(-2)!.mrrCents - before.mrrHistory.at(-2)!.mrrCents).toBe(4_900);
  });

  it('refuses a period outside 1..3650 days, naming the argument', async () => {
    const headers = await asOperator();
    expect((await totals(headers, 365)).periodDays).toBe(365);
    const { errors } = await t.graphql(TOTALS, { days: 0 }, headers);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'days', message: 'must be between 1 and 3650 days' }] });
  });

  it('lists the billing alerts: webhook events that could not be placed or processed, newest first', async () => {
    const headers = await asOperator();
    const id = (suffix: string) => `evt_operator_${suffix}_${Date.now().toString(36)}`;
    const [unknown, failed, fine] = [id('unknown'), id('failed'), id('fine')];
    await t.db.query(
      `insert into stripe_event (id, type, created_at, received_at, payload, outcome, error, processed_at) values
         ($1, 'invoice.paid', now(), now() - interval '2 minutes', '{}', 'UNKNOWN_CUSTOMER', 'No practice has the customer cus_nobody', now()),
         ($2, 'customer.subscription.updated', now(), now() - interval '1 minute', '{}', 'FAILED', 'Stripe could not be reached', now()),
         ($3, 'invoice.paid', now(), now(), '{}', 'PROCESSED', null, now())`,
      [unknown, failed, fine],
    );
    const { data } = await t.graphql<{ billingAlerts: { eventId: string; type: string; outcome: string; error: string | null }[] }>(
      `{ billingAlerts(limit: 500) { eventId type outcome error } }`,
      {},
      headers,
    );
    const ours = data!.billingAlerts.filter((alert) => [unknown, failed, fine].includes(alert.eventId));
    expect(ours).toEqual([
      { eventId: failed, type: 'customer.subscription.updated', outcome: 'FAILED', error: 'Stripe could not be reached' },
      { eventId: unknown, type: 'invoice.paid', outcome: 'UNKNOWN_CUSTOMER', error: 'No practice has the customer cus_nobody' },
    ]);
  });

  // The whole API's harness runs these too (apps/api/src/tenancy.int-spec.ts); here they run with this file.
  it.each(Object.keys(isolationCases))('%s is refused to a practice owner, who changes nothing', async (operation) => {
    const mail = await startMailCatcher();
    try {
      await runIsolationCase(t, { a: await signUpOwner(t), b: await signUpOwner(t) }, mail, isolationCases[operation]);
    } finally {
      await mail.close();
    }
  });

  describe('suspending a practice', () => {
    it('closes its workspace to its members and its public pages, audits who did it and why, and reactivation undoes it all', async () => {
      const operator = await buildOperator();
      const practice = await buildPractice(t, { coaches: 1 });
      const team = (headers: Record<string, string>) => t.graphql(`{ team { email } }`, {}, headers);
      expect((await team(practice.coaches[0].headers)).errors).toBeUndefined();

      const suspended = await t.graphql(SUSPEND, { id: practice.practiceId, reason: '  Repeated chargebacks under review  ' }, operator.headers);
      expect(suspended.data).toEqual({ suspendPractice: { id: practice.practiceId, suspended: true, suspendedReason: 'Repeated chargebacks under review' } });

      for (const member of [practice.owner, practice.coaches[0]]) {
        const refused = await team(member.headers);
        expect(refused.data).toBeNull();
        expect(refused.errors?.[0]).toMatchObject({ message: SUSPENDED_MESSAGE, extensions: { code: 'FORBIDDEN' } });
      }
      const page = await t.graphql(`query($slug: String!) { practice(slug: $slug) { name available tagline } }`, { slug: practice.slug });
      expect(page.data).toEqual({ practice: { name: practice.name, available: false, tagline: '' } });
      const wording = await t.graphql(`query($slug: String!) { newsletterSignupWording(practiceSlug: $slug) }`, { slug: practice.slug });
      expect(wording.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const articles = await t.graphql(`query($slug: String!) { publicArticles(practiceSlug: $slug) { total } }`, { slug: practice.slug });
      expect(articles.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const signup = await t.graphql(`mutation($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { message } }`, {
        input: { practiceSlug: practice.slug, email: 'reader@example.com', name: 'Reader', consent: true },
      });
      expect(signup.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const reactivated = await t.graphql(REACTIVATE, { id: practice.practiceId }, operator.headers);
      expect(reactivated.data).toEqual({ reactivatePractice: { id: practice.practiceId, suspended: false, suspendedReason: null } });
      expect((await team(practice.coaches[0].headers)).errors).toBeUndefined();
      const reopened = await t.graphql(`query($slug: String!) { practice(slug: $slug) { name available } }`, { slug: practice.slug });
      expect(reopened.data).toEqual({ practice: { name: practice.name, available: true } });

      const { data } = await t.graphql<{ operatorAudit: { action: string; actorEmail: string; practiceId: string; practiceName: string; detail: string }[] }>(AUDIT, {}, operator.headers);
      const ours = data!.operatorAudit.filter((event) => event.practiceId === practice.practiceId);
      expect(ours.map(({ action, actorEmail, practiceName, detail }) => ({ action, actorEmail, practiceName, detail: JSON.parse(detail) }))).toEqual([
        { action: 'PRACTICE_REACTIVATED', actorEmail: operator.email, practiceName: practice.name, detail: {} },
        { action: 'PRACTICE_SUSPENDED', actorEmail: operator.email, practiceName: practice.name, detail: { reason: 'Repeated chargebacks under review' } },
      ]);
    });

    it('shows in the practices list and the totals while it lasts', async () => {
      const headers = await asOperator();
      const practice = await buildPractice(t);
      const before = await totals(headers);
      await t.graphql(SUSPEND, { id: practice.practiceId, reason: 'Terms of service breach' }, headers);
      const during = await totals(headers);
      expect([during.suspendedPractices - before.suspendedPractices, during.activePractices - before.activePractices]).toEqual([1, -1]);
      const { data } = await t.graphql<{ operatorPractices: OperatorPracticeRow[] }>(PRACTICES, {}, headers);
      expect(data!.operatorPractices.find((p) => p.id === practice.practiceId)).toMatchObject({ suspended: true, suspendedReason: 'Terms of service breach' });
    });

    it('reactivates a practice that is not suspended as a no-op, auditing nothing', async () => {
      const headers = await asOperator();
      const practice = await buildPractice(t);
      const answer = await t.graphql(REACTIVATE, { id: practice.practiceId }, headers);
      expect(answer.data).toEqual({ reactivatePractice: { id: practice.practiceId, suspended: false, suspendedReason: null } });
      expect(await traces(practice.practiceId)).toEqual({ suspensions: [], audit: [] });
    });

    it.each([
      ['an empty reason', { reason: '   ' }, 'BAD_USER_INPUT', [{ field: 'reason', message: 'must not be blank' }]],
      ['a reason over 500 characters', { reason: 'r'.repeat(501) }, 'BAD_USER_INPUT', [{ field: 'reason', message: 'must be at most 500 characters' }]],
      ['a malformed id', { id: 'practice-42' }, 'BAD_USER_INPUT', [{ field: 'practiceId', message: 'must be an id (a UUID)' }]],
      ['an unknown practice', { id: '00000000-0000-4000-8000-000000000042' }, 'NOT_FOUND', [{ field: 'practiceId', message: 'is not the id of a practice' }]],
    ])('refuses %s and writes nothing', async (_case, change, code, fields) => {
      const headers = await asOperator();
      const practice = await buildPractice(t);
      const { data, errors } = await t.graphql(SUSPEND, { id: practice.practiceId, reason: 'Fraud', ...change }, headers);
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code, fields });
      expect(await traces(practice.practiceId)).toEqual({ suspensions: [], audit: [] });
    });

    it('refuses unknown practices to reactivate too', async () => {
      const { errors } = await t.graphql(REACTIVATE, { id: '00000000-0000-4000-8000-000000000043' }, await asOperator());
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('is refused to the practice’s own owner, who cannot lift it either', async () => {
      const headers = await asOperator();
      const practice = await buildPractice(t);
      await t.graphql(SUSPEND, { id: practice.practiceId, reason: 'Unpaid for a year' }, headers);
      const lifted = await t.graphql(REACTIVATE, { id: practice.practiceId }, practice.owner.headers);
      expect(lifted.errors?.[0]).toMatchObject({ message: 'Only Ascend platform operators may do this', extensions: { code: 'FORBIDDEN' } });
      expect((await traces(practice.practiceId)).suspensions).toEqual([{ reason: 'Unpaid for a year' }]);
    });
  });
});
