import { METHOD_STEPS, MethodStep } from './coaching.enums';

/** Which of the five steps a client has done (each can be revisited; done means its record exists). */
export interface MethodRecords {
  awareness: boolean;
  decision: boolean;
  goal: boolean;
  futureSelf: boolean;
  accountability: boolean;
}

const DONE: Record<MethodStep, keyof MethodRecords> = {
  AWARENESS: 'awareness',
  DECISION: 'decision',
  GOAL: 'goal',
  FUTURE_SELF: 'futureSelf',
  ACCOUNTABILITY: 'accountability',
};

/**
 * Where a client is in the method: the first step not done yet (the steps build on each other, so a later step
 * done early does not skip one before it), ACCOUNTABILITY once all five are done, and how many are done.
 */
export function methodProgress(records: MethodRecords): { currentStep: MethodStep; stepsDone: number; complete: boolean } {
  const stepsDone = METHOD_STEPS.filter((step) => records[DONE[step]]).length;
  const currentStep = METHOD_STEPS.find((step) => !records[DONE[step]]) ?? 'ACCOUNTABILITY';
  return { currentStep, stepsDone, complete: stepsDone === METHOD_STEPS.length };
}
