export interface TimeZoneGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** The browser's own zone, which is where most people sign up from. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, grouped by region ("Europe", "America"), with readable labels. */
export function timeZoneOptions(include: string): TimeZoneGroup[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  // Some browsers leave UTC (or the zone they report as their own) out of the list.
  zones.add('UTC');
  if (include) zones.add(include);
  const groups = new Map<string, TimeZoneGroup['items']>();
  for (const zone of [...zones].sort()) {
    const slash = zone.indexOf('/');
    const group = slash === -1 ? 'Other' : zone.slice(0, slash);
    const items = groups.get(group) ?? [];
    items.push({ value: zone, label: zone.replaceAll('_', ' ') });
    groups.set(group, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
