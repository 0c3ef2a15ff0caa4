import type { PlanId } from '@ascend/platform/tenancy';
import { settleWebhooks, type BillingTestApp } from '../shared/billing-scenario';

export const BILLING_FIELDS = `configured missingVariables limitsEnforced plan { id name } subscribedPlan status trialEndsAt renewsAt cancelsAt graceEndsAt readOnly
  usage { limit label used allowed } invoices { id status amountPaidCents }`;

export interface BillingAnswer {
  configured: boolean;
  missingVariables: string[];
  limitsEnforced: boolean;
  plan: { id: PlanId; name: string };
  subscribedPlan: PlanId | null;
  status: string;
  trialEndsAt: string | null;
  renewsAt: string | null;
  cancelsAt: string | null;
  graceEndsAt: string | null;
  readOnly: boolean;
  usage: { limit: string; label: string; used: number; allowed: number }[];
  invoices: { id: string; status: string; amountPaidCents: number }[];
}

/** The Checkout session id in a hosted page's address (…/pay/cs_test_…). */
export function sessionIdOf(url: string): string {
  return new URL(url).pathname.split('/').pop()!;
}

export async function practiceBilling({ t }: BillingTestApp, headers: Record<string, string>): Promise<BillingAnswer> {
  const { data, errors } = await t.graphql<{ practiceBilling: BillingAnswer }>(`{ practiceBilling { ${BILLING_FIELDS} } }`, {}, headers);
  if (!data?.practiceBilling) throw new Error(`practiceBilling failed: ${JSON.stringify(errors)}`);
  return data.practiceBilling;
}

/** Subscribes the practice as its owner would: a Checkout, paid on Stripe's page, its webhooks processed. */
export async function subscribe(billing: BillingTestApp, headers: Record<string, string>, plan: PlanId): Promise<string> {
  const { data, errors } = await billing.t.graphql<{ startPlanCheckout: { url: string } }>(`mutation($plan: PlanId!) { startPlanCheckout(plan: $plan) { url } }`, { plan }, headers);
  if (!data?.startPlanCheckout) throw new Error(`startPlanCheckout failed: ${JSON.stringify(errors)}`);
  const sessionId = sessionIdOf(data.startPlanCheckout.url);
  await billing.stripe.completeCheckout(sessionId);
  await settleWebhooks(billing.t, billing.stripe);
  return sessionId;
}
