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
    emailLink: (purpose: string, token: string) => [...publicRoot, 'email-link', purpose, token] as const,
    /** Every read of a practice's public site (articles, one article, videos): a published change refreshes them all. */
    site: (slug: string) => [...publicRoot, 'site', slug] as const,
    siteArticles: (slug: string, filter: unknown) => [...publicRoot, 'site', slug, 'articles', filter] as const,
    siteArticle: (slug: string, articleSlug: string) => [...publicRoot, 'site', slug, 'article', articleSlug] as const,
    siteVideos: (slug: string) => [...publicRoot, 'site', slug, 'videos'] as const,
    newsletterConfirmation: (token: string) => [...publicRoot, 'newsletter-confirmation', token] as const,
    newsletterSignupWording: (slug: string) => [...publicRoot, 'newsletter-signup-wording', slug] as const,
  },
  tenant: (practiceId: string) => ({
    all: [practiceId] as const,
    team: () => [practiceId, 'team'] as const,
    invitations: () => [practiceId, 'invitations'] as const,
    /** The audit log's entries by filter, and the actions it knows; both start with [practiceId, 'audit']. */
    auditEvents: (filter: unknown) => [practiceId, 'audit', 'events', filter] as const,
    auditActions: () => [practiceId, 'audit', 'actions'] as const,
    /** Every masterclass query (lists, details, registrations, funnel): one change refreshes them all. */
    masterclasses: () => [practiceId, 'masterclasses'] as const,
    masterclassList: (when: string) => [practiceId, 'masterclasses', 'list', when] as const,
    masterclass: (id: string) => [practiceId, 'masterclasses', 'detail', id] as const,
    masterclassRegistrations: (id: string, filter: unknown) => [practiceId, 'masterclasses', 'registrations', id, filter] as const,
    masterclassFunnel: (from: string, to: string) => [practiceId, 'masterclasses', 'funnel', from, to] as const,
    /** Outside `masterclasses()`: a saved change has nothing to refresh in a preview of typed text. */
    masterclassDescriptionPreview: (markdown: string) => [practiceId, 'masterclass-description-preview', markdown] as const,
    /** Every article query (lists and details); previews are outside, like the masterclass one. */
    articles: () => [practiceId, 'articles'] as const,
    articleList: (filter: unknown) => [practiceId, 'articles', 'list', filter] as const,
    article: (id: string) => [practiceId, 'articles', 'detail', id] as const,
    articlePreview: (markdown: string) => [practiceId, 'article-preview', markdown] as const,
    videos: () => [practiceId, 'videos'] as const,
    memberVideos: () => [practiceId, 'member-videos'] as const,
    /** Every newsletter query (subscribers, imports, issues, settings): one change refreshes them all. */
    newsletter: () => [practiceId, 'newsletter'] as const,
    subscriberList: (filter: unknown) => [practiceId, 'newsletter', 'subscribers', filter] as const,
    subscriberImport: (id: string) => [practiceId, 'newsletter', 'subscriber-import', id] as const,
    newsletterIssues: () => [practiceId, 'newsletter', 'issues'] as const,
    newsletterIssue: (id: string) => [practiceId, 'newsletter', 'issue', id] as const,
    newsletterSettings: () => [practiceId, 'newsletter', 'settings'] as const,
    newsletterIssuePreview: (subject: string, preheader: string, markdown: string) => [practiceId, 'newsletter-issue-preview', subject, preheader, markdown] as const,
  }),
};

/** Whether a key holds data of a practice (or of the signed-in person) rather than public data. */
export function isPrivateKey(queryKey: readonly unknown[]): boolean {
  return queryKey[0] !== publicRoot[0];
}
