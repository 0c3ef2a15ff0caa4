/**
 * React Query keys, built here only. Public data (readable without signing in) starts with 'public'; data that
 * belongs to a practice starts with the practice id, so a practice's data can never answer for another practice,
 * and one `removeQueries({ queryKey: [practiceId] })` drops a tenant's cache.
 */
const publicRoot = ['public'] as const;

export const queryKeys = {
  public: {
    all: publicRoot,
    practice: (slug: string) => [...publicRoot, 'practice', slug] as const,
    demoAccounts: () => [...publicRoot, 'demo-accounts'] as const,
    invitationPreview: (practiceId: string, token: string) => [...publicRoot, 'invitation-preview', practiceId, token] as const,
  },
  tenant: (practiceId: string) => ({
    all: [practiceId] as const,
    team: () => [practiceId, 'team'] as const,
    invitations: () => [practiceId, 'invitations'] as const,
    auditEvents: (limit: number) => [practiceId, 'audit-events', limit] as const,
    /** Every masterclass query (lists, details, registrations, funnel): one change refreshes them all. */
    masterclasses: () => [practiceId, 'masterclasses'] as const,
    masterclassList: (when: string) => [practiceId, 'masterclasses', 'list', when] as const,
    masterclass: (id: string) => [practiceId, 'masterclasses', 'detail', id] as const,
    masterclassRegistrations: (id: string, filter: unknown) => [practiceId, 'masterclasses', 'registrations', id, filter] as const,
    masterclassFunnel: (from: string, to: string) => [practiceId, 'masterclasses', 'funnel', from, to] as const,
    /** Outside `masterclasses()`: a saved change has nothing to refresh in a preview of typed text. */
    masterclassDescriptionPreview: (markdown: string) => [practiceId, 'masterclass-description-preview', markdown] as const,
  }),
};

/** Whether a key holds data of a practice (or of the signed-in person) rather than public data. */
export function isPrivateKey(queryKey: readonly unknown[]): boolean {
  return queryKey[0] !== publicRoot[0];
}
