import type { Role } from '@ascend/web/data-access';
import { allows, type Permission } from '../modules/auth/permissions';

export interface NavigationItem {
  label: string;
  to: string;
  /** Active only on this exact path (a section's home), not on the pages below it. */
  end?: boolean;
}

interface NavigationEntry extends NavigationItem {
  permission: Permission;
}

/**
 * The workspace's menu, in the order it shows: each role sees what it may use, nothing it would be refused.
 * New domains add their entries here.
 */
const ENTRIES: NavigationEntry[] = [
  { label: 'Dashboard', to: '/app/dashboard', permission: 'coachClients' },
  { label: 'Clients', to: '/app/clients', permission: 'coachClients' },
  { label: 'Masterclasses', to: '/app/masterclasses', permission: 'coachClients' },
  { label: 'Articles', to: '/app/articles', permission: 'publishContent' },
  { label: 'Videos', to: '/app/videos', permission: 'publishContent' },
  { label: 'Newsletter', to: '/app/newsletter', permission: 'publishContent' },
  { label: 'Public site', to: '/app/site', permission: 'editPublicSite' },
  { label: 'Sales', to: '/app/sales', permission: 'manageBilling' },
  { label: 'Team', to: '/app/team', permission: 'viewTeam' },
  { label: 'Billing', to: '/app/billing', permission: 'manageBilling' },
  { label: 'Audit log', to: '/app/audit', permission: 'viewAudit' },
  { label: 'Home', to: '/app/portal', permission: 'useClientPortal', end: true },
  { label: 'My method', to: '/app/portal/method', permission: 'useClientPortal' },
  { label: 'Weekly check-in', to: '/app/portal/check-in', permission: 'useClientPortal' },
  { label: 'History', to: '/app/portal/history', permission: 'useClientPortal' },
  { label: 'Action items', to: '/app/portal/actions', permission: 'useClientPortal' },
  { label: 'Masterclasses', to: '/app/portal/masterclasses', permission: 'useClientPortal' },
  { label: 'Packages', to: '/app/portal/packages', permission: 'useClientPortal' },
  { label: 'Videos', to: '/app/portal/videos', permission: 'useClientPortal' },
  { label: 'Impact log', to: '/app/portal/impact', permission: 'useClientPortal' },
];

export function navigationFor(role: Role): NavigationItem[] {
  return ENTRIES.filter((entry) => allows(role, entry.permission)).map(({ label, to, end }) => ({ label, to, ...(end ? { end } : {}) }));
}

/** Where `/app` takes a person: clients to their portal; everyone else stays on the practice overview. */
export function homePathFor(role: Role): string | null {
  return allows(role, 'useClientPortal') ? '/app/portal' : null;
}
