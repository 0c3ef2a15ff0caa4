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
