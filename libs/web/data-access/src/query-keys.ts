/**
 * React Query keys, built here only. Public data (readable without signing in) starts with 'public'; data that
 * belongs to a practice will start with the practice id, so one `removeQueries({ queryKey: [practiceId] })`
 * drops a tenant's cache when the user signs out or switches practice.
 */
const publicRoot = ['public'] as const;

export const queryKeys = {
  public: {
    all: publicRoot,
    practice: (slug: string) => [...publicRoot, 'practice', slug] as const,
  },
};
