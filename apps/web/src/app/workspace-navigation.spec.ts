import { homePathFor, navigationFor } from './workspace-navigation';

const labels = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((item) => item.label);

describe('workspace navigation', () => {
  it('shows owners and admins the coaching pages, sales, the team, billing and the audit log', () => {
    const full = ['Dashboard', 'Clients', 'Masterclasses', 'Articles', 'Videos', 'Newsletter', 'Public site', 'Sales', 'Team', 'Billing', 'Audit log'];
    expect(labels('OWNER')).toEqual(full);
    expect(labels('ADMIN')).toEqual(full);
  });

  it('shows coaches their clients and the team, not sales, billing or the audit log', () => {
    expect(labels('COACH')).toEqual(['Dashboard', 'Clients', 'Masterclasses', 'Articles', 'Videos', 'Newsletter', 'Team']);
  });

  it('shows clients only their portal', () => {
    expect(labels('CLIENT')).toEqual(['Home', 'My method', 'Weekly check-in', 'History', 'Action items', 'Masterclasses', 'Packages', 'Videos', 'Impact log']);
    expect(navigationFor('CLIENT').every((item) => item.to.startsWith('/app/portal'))).toBe(true);
  });

  it('sends clients from /app to their portal and keeps everyone else on the overview', () => {
    expect(homePathFor('CLIENT')).toBe('/app/portal');
    expect(homePathFor('COACH')).toBeNull();
  });
});
