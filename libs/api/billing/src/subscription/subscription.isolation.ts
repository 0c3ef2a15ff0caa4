import { randomUUID } from 'node:crypto';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

/**
 * Tenant A pays for Team (with an invoice, overdue and read-only); B's billing must show B's own Starter, and B
 * must not reach A's Stripe customer. The cases hold with billing configured or not.
 */
async function giveAPaidPlan(t: TestApp, { a }: TenantPair): Promise<Record<string, unknown>> {
  const customer = `cus_iso${randomUUID().replace(/-/g, '')}`;
  await t.db.query(
    `insert into subscription (tenant_id, stripe_customer_id, stripe_subscription_id, plan, status, current_period_end, past_due_since, read_only_from, started_at)
     values ($1, $2, $3, 'TEAM', 'PAST_DUE', now() + interval '20 days', now() - interval '10 days', now() - interval '3 days', now() - interval '40 days')`,
    [a.practiceId, customer, `sub_iso${randomUUID().replace(/-/g, '')}`],
  );
  await t.db.query(
    `insert into billing_invoice (tenant_id, id, number, status, amount_due, amount_paid, currency, created_at) values ($1, $2, 'A-0001', 'open', 29900, 0, 'usd', now())`,
    [a.practiceId, `in_iso${randomUUID().replace(/-/g, '')}`],
  );
  return { customer };
}

/** B naming A's practice is refused, and B acting in B's own practice gets an answer about B only (checked by `own`). */
function refusedInAThenOwn(query: string, own: (t: TestApp, pair: TenantPair, arranged: Record<string, unknown>) => Promise<void>): IsolationCase {
  return {
    arrange: giveAPaidPlan,
    async attack(t, pair, arranged) {
      const { data, errors } = await t.graphql(query, {}, { ...pair.b.headers, 'x-practice-id': pair.a.practiceId });
      expect(data ?? null).toBeNull();
      expect(errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
      await own(t, pair, arranged);
    },
  };
}

/** Whatever B's own call answers (not configured, nothing to change), it is no link and nothing of A. */
const noLinkForB = (query: string) => async (t: TestApp, { b }: TenantPair, arranged: Record<string, unknown>) => {
  const response = await t.graphql(query, {}, b.headers);
  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
  expect(JSON.stringify(response)).not.toContain(String(arranged.customer));
};

export const isolationCases: Record<string, IsolationCase> = {
  'Query.plans': async (t, { a, b }) => {
    const [asA, asB, anonymous] = await Promise.all([a.headers, b.headers, {}].map((headers) => t.graphql(`{ plans { id name monthlyPriceCents limits { coaches } } }`, {}, headers)));
    expect(asB.data).toEqual(asA.data);
    expect(anonymous.data).toEqual(asA.data);
  },
  'Query.practiceBilling': refusedInAThenOwn(`{ practiceBilling { status } }`, async (t, { b }) => {
    const { data } = await t.graphql<{ practiceBilling: Record<string, unknown> }>(
      `{ practiceBilling { plan { id } subscribedPlan status readOnly graceEndsAt invoices { id number } usage { limit used } } }`,
      {},
      b.headers,
    );
    expect(data?.practiceBilling).toMatchObject({ plan: { id: 'STARTER' }, subscribedPlan: null, status: 'NONE', readOnly: false, graceEndsAt: null, invoices: [] });
    // B's own owner is B's one coach: A's figures never show.
    expect(data?.practiceBilling.usage).toContainEqual({ limit: 'coaches', used: 1 });
  }),
  'Query.practiceStanding': refusedInAThenOwn(`{ practiceStanding { status } }`, async (t, { b }) => {
    const { data } = await t.graphql(`{ practiceStanding { plan status readOnly suspended graceEndsAt } }`, {}, b.headers);
    expect(data).toEqual({ practiceStanding: { plan: 'STARTER', status: 'NONE', readOnly: false, suspended: false, graceEndsAt: null } });
  }),
  'Mutation.startPlanCheckout': refusedInAThenOwn(`mutation { startPlanCheckout(plan: STARTER) { url } }`, noLinkForB(`mutation { startPlanCheckout(plan: STARTER) { url } }`)),
  'Mutation.openBillingPortal': refusedInAThenOwn(`mutation { openBillingPortal { url } }`, noLinkForB(`mutation { openBillingPortal { url } }`)),
  'Mutation.changePlan': refusedInAThenOwn(`mutation { changePlan(plan: SOLO) { status } }`, noLinkForB(`mutation { changePlan(plan: STARTER) { status } }`)),
};
