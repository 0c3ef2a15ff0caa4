/**
 * Ascend's plans, defined here and nowhere else: what each allows and costs. Each paid plan maps to a Stripe price by
 * configuration (STRIPE_PRICE_<PLAN>). Limits are enforced only while billing is configured.
 */
export const PLAN_IDS = ['STARTER', 'SOLO', 'PRACTICE', 'TEAM'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** What is counted against a plan. */
export type CountedLimit = 'coaches' | 'activeClients' | 'subscribers' | 'emailsPerMonth';

export interface PlanLimits {
  /** Owners, admins and coaches, pending invitations to those roles included. */
  coaches: number;
  /** Clients whose status is ACTIVE. */
  activeClients: number;
  /** Confirmed newsletter subscribers. */
  subscribers: number;
  /** Newsletter messages per calendar month (UTC), queued ones included. */
  emailsPerMonth: number;
  /** Paid masterclasses and coaching packages. */
  paidOfferings: boolean;
}

export interface Plan {
  id: PlanId;
  name: string;
  /** What the plan is for, in one line. */
  summary: string;
  monthlyPriceCents: number;
  limits: PlanLimits;
}

export const PLANS: readonly Plan[] = [
  {
    id: 'STARTER',
    name: 'Starter',
    summary: 'For a coach trying Ascend with a first few clients.',
    monthlyPriceCents: 0,
    limits: { coaches: 1, activeClients: 5, subscribers: 250, emailsPerMonth: 1_000, paidOfferings: false },
  },
  {
    id: 'SOLO',
    name: 'Solo',
    summary: 'One coach with a full roster, paid masterclasses and packages.',
    monthlyPriceCents: 4_900,
    limits: { coaches: 1, activeClients: 30, subscribers: 2_500, emailsPerMonth: 12_000, paidOfferings: true },
  },
  {
    id: 'PRACTICE',
    name: 'Practice',
    summary: 'A small team of coaches sharing clients and a newsletter.',
    monthlyPriceCents: 12_900,
    limits: { coaches: 5, activeClients: 120, subscribers: 10_000, emailsPerMonth: 50_000, paidOfferings: true },
  },
  {
    id: 'TEAM',
    name: 'Team',
    summary: 'A coaching firm with many coaches and a large audience.',
    monthlyPriceCents: 29_900,
    limits: { coaches: 25, activeClients: 600, subscribers: 50_000, emailsPerMonth: 250_000, paidOfferings: true },
  },
];

export const LIMIT_LABELS: Record<CountedLimit, { one: string; many: string }> = {
  coaches: { one: 'coach', many: 'coaches' },
  activeClients: { one: 'active client', many: 'active clients' },
  subscribers: { one: 'newsletter subscriber', many: 'newsletter subscribers' },
  emailsPerMonth: { one: 'newsletter email this month', many: 'newsletter emails this month' },
};

export function planById(id: string): Plan {
  const plan = PLANS.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`No plan ${id}`);
  return plan;
}

/** The cheapest plan that allows `needed` of a limit (or paid offerings), if any does. */
export function cheapestPlanAllowing(limit: CountedLimit | 'paidOfferings', needed = 1): Plan | undefined {
  return PLANS.find((plan) => (limit === 'paidOfferings' ? plan.limits.paidOfferings : plan.limits[limit] >= needed));
}

/**
 * The refusal when `adding` more would pass a limit: which limit, what the plan allows, and which plan lifts it.
 * Undefined when it fits.
 */
export function limitRefusal(plan: Plan, limit: CountedLimit, used: number, adding: number): string | undefined {
  const allowed = plan.limits[limit];
  if (used + adding <= allowed) return undefined;
  const label = LIMIT_LABELS[limit];
  const lifting = cheapestPlanAllowing(limit, used + adding);
  const noun = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? label.one : label.many}`;
  const upgrade = lifting ? `The ${lifting.name} plan allows ${noun(lifting.limits[limit])}: an owner or admin can upgrade on the Billing page.` : 'No plan allows that many: contact Ascend.';
  return `The ${plan.name} plan allows ${noun(allowed)} and this practice has ${noun(used)}${adding > 1 ? `, so ${adding.toLocaleString('en-US')} more do not fit` : ''}. ${upgrade}`;
}

/** What must go before a practice fits `target`: one line per limit it is over, or none. */
export function downgradeBlockers(target: Plan, usage: Record<CountedLimit, number>, paidOfferingsInUse: number): string[] {
  const blockers: string[] = [];
  for (const limit of ['coaches', 'activeClients', 'subscribers'] as const) {
    const over = usage[limit] - target.limits[limit];
    if (over > 0) blockers.push(`remove ${over.toLocaleString('en-US')} ${over === 1 ? LIMIT_LABELS[limit].one : LIMIT_LABELS[limit].many} (${usage[limit]} of ${target.limits[limit]} allowed)`);
  }
  if (!target.limits.paidOfferings && paidOfferingsInUse > 0) {
    blockers.push(`withdraw ${paidOfferingsInUse} paid ${paidOfferingsInUse === 1 ? 'offering' : 'offerings'} (paid masterclasses and packages on sale)`);
  }
  return blockers;
}
