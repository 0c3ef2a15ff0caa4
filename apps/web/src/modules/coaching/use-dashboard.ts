import { type CoachDashboardQuery as DashboardResult, type DashboardSort, graphql, queryKeys } from '@ascend/web/data-access';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const CoachDashboardQuery = graphql(`
  query CoachDashboard($sort: DashboardSort) {
    coachDashboard(sort: $sort) {
      clientId
      name
      status
      goal {
        statement
        targetDate
      }
      methodStep
      stepsDone
      recentWeeks {
        weekStart
        progress
        energy
      }
      lastCheckIn {
        id
        weekStart
        submittedAt
        acknowledged
        late
      }
      streakWeeks
      flags
      urgency
    }
  }
`);

export type DashboardClient = DashboardResult['coachDashboard'][number];

/** The dashboard in every order: what a change to a client's check-ins makes stale. */
export function dashboardKey(practiceId: string) {
  return [...queryKeys.tenant(practiceId).all, 'coach-dashboard'] as const;
}

export function useCoachDashboard(sort: DashboardSort) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...dashboardKey(practiceId), sort],
    queryFn: async ({ signal }) => (await api.request(CoachDashboardQuery, { sort }, { signal, practiceId })).coachDashboard,
    // A new order keeps the table on screen while it loads.
    placeholderData: keepPreviousData,
  });
}
