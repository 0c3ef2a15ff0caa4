import type { CheckInWeekStatus, MethodStep } from '@ascend/web/data-access';

export interface MethodStepInfo {
  step: MethodStep;
  /** The step's address under /app/portal/method/. */
  path: string;
  label: string;
  description: string;
  /** What the home page says when this is the next step. */
  next: string;
}

export const METHOD_STEPS: MethodStepInfo[] = [
  { step: 'AWARENESS', path: 'awareness', label: 'Awareness', description: 'Notice your patterns', next: 'Start with step 1: notice your patterns' },
  { step: 'DECISION', path: 'decision', label: 'Decision', description: 'Decide to change', next: 'Step 2: make a real decision to change' },
  { step: 'GOAL', path: 'goal', label: 'Bold goal', description: 'One outcome in 12 months', next: 'Step 3: set ONE bold goal for the next 12 months' },
  { step: 'FUTURE_SELF', path: 'future-self', label: 'Future self', description: 'The leader you are becoming', next: 'Step 4: write who you are becoming' },
  { step: 'ACCOUNTABILITY', path: 'accountability', label: 'Accountability', description: 'Report back every week', next: 'Step 5: choose your weekly check-in day' },
];

export const stepInfo = (step: MethodStep) => METHOD_STEPS.find((s) => s.step === step) ?? METHOD_STEPS[0];

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const weekdayName = (isoDay: number) => WEEKDAYS[isoDay - 1] ?? 'Friday';

export const WEEK_STATUS_LABELS: Record<CheckInWeekStatus, { label: string; color: string }> = {
  DONE: { label: 'Done', color: 'teal' },
  UPCOMING: { label: 'Coming up', color: 'gray' },
  DUE: { label: 'Due today', color: 'blue' },
  LATE: { label: 'Late', color: 'orange' },
};
