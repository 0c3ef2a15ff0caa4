// Test data: plans, a practice's billing and its standing as the API answers them.
const limits = (coaches: number, activeClients: number, subscribers: number, emailsPerMonth: number, paidOfferings: boolean) => ({
  coaches,
  activeClients,
  subscribers,
  emailsPerMonth,
  paidOfferings,
});

export const starter = { id: 'STARTER', name: 'Starter', summary: 'For a coach with a first few clients.', monthlyPriceCents: 0, currency: 'usd', limits: limits(1, 5, 250, 1000, false) };
export const solo = { id: 'SOLO', name: 'Solo', summary: 'One coach with a full roster.', monthlyPriceCents: 4900, currency: 'usd', limits: limits(1, 30, 2500, 12000, true) };
export const practicePlan = { id: 'PRACTICE', name: 'Practice', summary: 'A small team of coaches.', monthlyPriceCents: 12900, currency: 'usd', limits: limits(5, 120, 10000, 50000, true) };
export const team = { id: 'TEAM', name: 'Team', summary: 'A coaching firm.', monthlyPriceCents: 29900, currency: 'usd', limits: limits(25, 600, 50000, 250000, true) };
export const plans = [starter, solo, practicePlan, team];

/** The usage figures for `plan`'s allowances: one coach, four active clients, 120 subscribers, 300 emails sent. */
export function usageFor(plan: typeof starter, used = { coaches: 1, activeClients: 4, subscribers: 120, emailsPerMonth: 300 }) {
  return [
    { limit: 'coaches', label: 'Coaches (pending invitations included)', used: used.coaches, allowed: plan.limits.coaches },
    { limit: 'activeClients', label: 'Active clients', used: used.activeClients, allowed: plan.limits.activeClients },
    { limit: 'subscribers', label: 'Newsletter subscribers', used: used.subscribers, allowed: plan.limits.subscribers },
    { limit: 'emailsPerMonth', label: 'Newsletter emails this month', used: used.emailsPerMonth, allowed: plan.limits.emailsPerMonth },
  ];
}

export function invoiceData(extra: Record<string, unknown> = {}) {
  return {
    id: 'in_1',
    number: 'ASC-0001',
    status: 'paid',
    amountDueCents: 4900,
    amountPaidCents: 4900,
    currency: 'usd',
    hostedInvoiceUrl: 'https://invoice.stripe.test/i/in_1',
    invoicePdfUrl: 'https://invoice.stripe.test/i/in_1/pdf',
    periodStart: '2026-11-01T00:00:00.000Z',
    periodEnd: '2026-12-01T00:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    ...extra,
  };
}

/** A practice on Starter with billing configured and no subscription. */
export function billingData(extra: Record<string, unknown> = {}) {
  return {
    configured: true,
    missingVariables: [] as string[],
    limitsEnforced: true,
    plan: starter,
    subscribedPlan: null,
    status: 'NONE',
    trialEndsAt: null,
    renewsAt: null,
    cancelsAt: null,
    graceEndsAt: null,
    readOnly: false,
    usage: usageFor(starter),
    invoices: [] as ReturnType<typeof invoiceData>[],
    ...extra,
  };
}

/** The same practice subscribed to `plan`, its subscription live. */
export function subscribedBilling(plan: typeof starter, extra: Record<string, unknown> = {}) {
  return billingData({ plan, subscribedPlan: plan.id, status: 'ACTIVE', renewsAt: '2026-12-01T00:00:00.000Z', usage: usageFor(plan), ...extra });
}

export function standingData(extra: Record<string, unknown> = {}) {
  return { plan: 'STARTER', status: 'NONE', trialEndsAt: null, graceEndsAt: null, readOnly: false, suspended: false, suspendedReason: null, ...extra };
}

export const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
