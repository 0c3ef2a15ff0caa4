import { formatDate } from '@ascend/web/ui';
import type { ImpactOutcomeKind } from '@ascend/web/data-access';

/** Outcome kinds as the client picks them, in the order the form offers them. */
export const outcomeKinds: { value: ImpactOutcomeKind; label: string }[] = [
  { value: 'TIME_SAVED', label: 'Time saved' },
  { value: 'MONEY_SAVED', label: 'Money saved' },
  { value: 'REVENUE', label: 'Revenue won' },
  { value: 'RISK_AVOIDED', label: 'Risk avoided' },
  { value: 'QUALITY', label: 'Quality improved' },
  { value: 'CAPABILITY', label: 'Capability built' },
  { value: 'OTHER', label: 'Other' },
];

export function outcomeKindLabel(kind: ImpactOutcomeKind): string {
  return outcomeKinds.find((k) => k.value === kind)?.label ?? kind;
}

/** Significance in words, as the summary writes it for a manager. */
export const significanceLabels: Record<number, string> = { 1: 'Minor', 2: 'Useful', 3: 'Notable', 4: 'Major', 5: 'Exceptional' };

/** A date-only value ('2026-03-03') in the reader's words; read at UTC midnight, so no zone moves it a day. */
export function formatDay(date: string): string {
  return formatDate(date, undefined, 'UTC');
}

/** Today's date (YYYY-MM-DD) on this device's calendar, which is the client's own. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
