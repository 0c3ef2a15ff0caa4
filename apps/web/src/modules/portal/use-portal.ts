import {
  type AddAwarenessNoteInput,
  graphql,
  type MakeDecisionInput,
  type MyCheckInsQuery as MyCheckInsResult,
  type MyCoachingQuery as MyCoachingResult,
  type MyMethodQuery as MyMethodResult,
  queryKeys,
  type SetGoalInput,
  type SetUpAccountabilityInput,
  type SubmitCheckInInput,
  type UpdateAwarenessNoteInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment PortalCheckIn on CheckIn {
    id
    weekStart
    progress
    energy
    wins
    defaultedToDoing
    declinedOrDelegated
    strategicWork
    impactMadeLegible
    nextCommitments
    late
    editable
    submittedAt
    acknowledgedAt
    coachReply
    repliedAt
    repliedByName
  }
`);

graphql(`
  fragment PortalGoal on Goal {
    id
    statement
    whyItMatters
    successMeasure
    targetDate
    status
    milestones {
      title
      dueOn
    }
  }
`);

const MyCoachingQuery = graphql(`
  query MyCoaching {
    myCoaching {
      clientId
      name
      coachName
      checkInDay
      timeZone
      accountabilitySetUp
      methodProgress {
        currentStep
        stepsDone
        complete
      }
      goal {
        ...PortalGoal
      }
      thisWeek {
        weekStart
        checkInDate
        status
        missedWeekStart
        checkIn {
          ...PortalCheckIn
        }
      }
      streakWeeks
      longestStreakWeeks
      latestReply {
        checkInId
        weekStart
        reply
        repliedAt
        coachName
      }
    }
  }
`);

const MyMethodQuery = graphql(`
  query MyMethod {
    myMethod {
      clientId
      progress {
        currentStep
        stepsDone
        complete
      }
      awarenessNotes {
        id
        kind
        body
      }
      decision {
        commitment
        decidedOn
      }
      goal {
        ...PortalGoal
      }
      pastGoals {
        ...PortalGoal
      }
      futureSelf {
        statement
      }
      accountability {
        checkInDay
        timeZone
        setAt
      }
    }
  }
`);

const MyCheckInsQuery = graphql(`
  query MyCheckIns($first: Int, $after: String) {
    myCheckIns(first: $first, after: $after) {
      nodes {
        ...PortalCheckIn
      }
      endCursor
      hasNextPage
    }
  }
`);

const AddAwarenessNoteMutation = graphql(`
  mutation AddAwarenessNote($input: AddAwarenessNoteInput!) {
    addAwarenessNote(input: $input) {
      id
    }
  }
`);

const UpdateAwarenessNoteMutation = graphql(`
  mutation UpdateAwarenessNote($input: UpdateAwarenessNoteInput!) {
    updateAwarenessNote(input: $input) {
      id
    }
  }
`);

const RemoveAwarenessNoteMutation = graphql(`
  mutation RemoveAwarenessNote($id: ID!) {
    removeAwarenessNote(id: $id)
  }
`);

const MakeDecisionMutation = graphql(`
  mutation MakeDecision($input: MakeDecisionInput!) {
    makeDecision(input: $input) {
      id
    }
  }
`);

const SetGoalMutation = graphql(`
  mutation SetGoal($input: SetGoalInput!) {
    setGoal(input: $input) {
      id
    }
  }
`);

const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
    }
  }
`);

const CloseGoalMutation = graphql(`
  mutation CloseGoal($id: ID!, $status: GoalStatus!) {
    closeGoal(id: $id, status: $status) {
      id
    }
  }
`);

const SetFutureSelfMutation = graphql(`
  mutation SetFutureSelf($input: SetFutureSelfInput!) {
    setFutureSelf(input: $input) {
      id
    }
  }
`);

const SetUpAccountabilityMutation = graphql(`
  mutation SetUpAccountability($input: SetUpAccountabilityInput!) {
    setUpAccountability(input: $input) {
      checkInDay
    }
  }
`);

const SubmitCheckInMutation = graphql(`
  mutation SubmitCheckIn($input: SubmitCheckInInput!) {
    submitCheckIn(input: $input) {
      ...PortalCheckIn
    }
  }
`);

export type MyCoaching = MyCoachingResult['myCoaching'];
export type MyMethod = MyMethodResult['myMethod'];
export type PortalCheckIn = MyCheckInsResult['myCheckIns']['nodes'][number];
export type PortalGoal = NonNullable<MyMethod['goal']>;

/** The portal's data all lives under one key per practice: a change anywhere refreshes home, method and history. */
function portalKey(practiceId: string) {
  return [...queryKeys.tenant(practiceId).all, 'portal'] as const;
}

export function useMyCoaching() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...portalKey(practiceId), 'home'],
    queryFn: async ({ signal }) => (await api.request(MyCoachingQuery, {}, { signal, practiceId })).myCoaching,
  });
}

export function useMyMethod() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...portalKey(practiceId), 'method'],
    queryFn: async ({ signal }) => (await api.request(MyMethodQuery, {}, { signal, practiceId })).myMethod,
  });
}

export function useMyCheckIns(first = 52) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...portalKey(practiceId), 'check-ins', first],
    queryFn: async ({ signal }) => (await api.request(MyCheckInsQuery, { first }, { signal, practiceId })).myCheckIns,
  });
}

/** Every change the client makes in the portal; each one refreshes the portal's data once it succeeds. */
export function usePortalActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: portalKey(practiceId) });
  const options = { practiceId };

  return {
    addNote: useMutation({ mutationFn: (input: AddAwarenessNoteInput) => api.request(AddAwarenessNoteMutation, { input }, options), onSuccess: refresh }),
    updateNote: useMutation({ mutationFn: (input: UpdateAwarenessNoteInput) => api.request(UpdateAwarenessNoteMutation, { input }, options), onSuccess: refresh }),
    removeNote: useMutation({ mutationFn: (id: string) => api.request(RemoveAwarenessNoteMutation, { id }, options), onSuccess: refresh }),
    makeDecision: useMutation({ mutationFn: (input: MakeDecisionInput) => api.request(MakeDecisionMutation, { input }, options), onSuccess: refresh }),
    setGoal: useMutation({ mutationFn: (input: SetGoalInput) => api.request(SetGoalMutation, { input }, options), onSuccess: refresh }),
    updateGoal: useMutation({ mutationFn: (input: SetGoalInput) => api.request(UpdateGoalMutation, { input }, options), onSuccess: refresh }),
    closeGoal: useMutation({
      mutationFn: (vars: { id: string; status: 'ACHIEVED' | 'ABANDONED' }) => api.request(CloseGoalMutation, vars, options),
      onSuccess: refresh,
    }),
    setFutureSelf: useMutation({ mutationFn: (statement: string) => api.request(SetFutureSelfMutation, { input: { statement } }, options), onSuccess: refresh }),
    setUpAccountability: useMutation({
      mutationFn: (input: SetUpAccountabilityInput) => api.request(SetUpAccountabilityMutation, { input }, options),
      onSuccess: refresh,
    }),
    submitCheckIn: useMutation({
      mutationFn: async (input: SubmitCheckInInput) => (await api.request(SubmitCheckInMutation, { input }, options)).submitCheckIn,
      onSuccess: refresh,
    }),
  };
}
