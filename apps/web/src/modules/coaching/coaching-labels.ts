import type { ClientFlag, ClientStatus, MethodStep } from '@ascend/web/data-access';

/** The dashboard's warning signs in plain words, with the colour of their badge. */
export const flagLabels: Record<ClientFlag, { label: string; color: string; description: string }> = {
  MISSED_TWO_WEEKS: { label: 'Missed 2+ weeks', color: 'red', description: 'No check-in for two or more weeks' },
  PROGRESS_FALLING: { label: 'Progress falling', color: 'orange', description: 'Progress fell three check-ins in a row' },
  UNACKNOWLEDGED: { label: 'Waiting 3+ days', color: 'yellow', description: 'A check-in has waited more than three days for you' },
  NEW_CHECK_IN: { label: 'New check-in', color: 'blue', description: 'A check-in you have not acknowledged yet' },
  GOAL_DUE_SOON: { label: 'Goal due soon', color: 'grape', description: 'The goal date is within 30 days, or past' },
};

export const stepLabels: Record<MethodStep, string> = {
  AWARENESS: 'Awareness',
  DECISION: 'Decision',
  GOAL: 'Bold goal',
  FUTURE_SELF: 'Future self',
  ACCOUNTABILITY: 'Accountability',
};

export const statusLabels: Record<ClientStatus, string> = { LEAD: 'Lead', ACTIVE: 'Active', PAUSED: 'Paused', ALUMNI: 'Alumni' };

/** "Bold goal · 2 of 5 done", or "All 5 steps done". */
export function stepInWords(step: MethodStep, stepsDone: number): string {
  return stepsDone === 5 ? 'All 5 steps done' : `${stepLabels[step]} · ${stepsDone} of 5 done`;
}
