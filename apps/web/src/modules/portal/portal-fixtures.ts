import type { MyCoaching, MyMethod, PortalCheckIn } from './use-portal';

/** What the API answers for a client part-way through the method (test data for the portal's specs). */
export const checkIn: PortalCheckIn = {
  id: 'ci-1',
  weekStart: '2026-11-16',
  progress: 6,
  energy: 4,
  wins: 'Delegated the migration',
  defaultedToDoing: 'Rewrote the deck myself',
  declinedOrDelegated: 'Declined the vendor call',
  strategicWork: 'Drafted the 2027 plan',
  impactMadeLegible: 'Saved two weeks of rework',
  nextCommitments: 'Hand over the release',
  late: false,
  editable: true,
  submittedAt: '2026-11-20T09:30:00Z',
  acknowledgedAt: null,
  coachReply: null,
  repliedAt: null,
  repliedByName: null,
};

export const goal = {
  id: 'g-1',
  statement: 'Lead the platform group, not carry it',
  whyItMatters: 'I am the bottleneck',
  successMeasure: 'Releases ship without me',
  targetDate: '2027-10-01',
  status: 'ACTIVE' as const,
  milestones: [{ title: 'Hire a tech lead', dueOn: '2099-03-01' }],
};

export function coaching(overrides: Partial<MyCoaching> = {}): MyCoaching {
  return {
    clientId: 'c-1',
    name: 'Jo Rivera',
    coachName: 'Tom Reyes',
    checkInDay: 5,
    timeZone: 'Europe/London',
    accountabilitySetUp: true,
    methodProgress: { currentStep: 'GOAL', stepsDone: 2, complete: false },
    goal: null,
    thisWeek: { weekStart: '2026-11-16', checkInDate: '2026-11-20', status: 'DUE', missedWeekStart: null, checkIn: null },
    streakWeeks: 0,
    longestStreakWeeks: 0,
    latestReply: null,
    ...overrides,
  };
}

export function method(overrides: Partial<MyMethod> = {}): MyMethod {
  return {
    clientId: 'c-1',
    progress: { currentStep: 'AWARENESS', stepsDone: 0, complete: false },
    awarenessNotes: [],
    decision: null,
    goal: null,
    pastGoals: [],
    futureSelf: null,
    accountability: { checkInDay: 5, timeZone: 'Europe/London', setAt: null },
    ...overrides,
  };
}
