import { queryKeys } from '@ascend/web/data-access';

/**
 * React Query keys for billing. The shared `queryKeys` has none yet, so these are built on its prefixes: the plans
 * are public, the rest belongs to the practice. The standing sits under the billing key, so a plan change or a
 * finished checkout refreshes the banner with the page.
 */
export const billingKeys = {
  plans: () => [...queryKeys.public.all, 'plans'] as const,
  all: (practiceId: string) => [...queryKeys.tenant(practiceId).all, 'billing'] as const,
  practiceBilling: (practiceId: string) => [...queryKeys.tenant(practiceId).all, 'billing', 'practice'] as const,
  standing: (practiceId: string) => [...queryKeys.tenant(practiceId).all, 'billing', 'standing'] as const,
};
