import {
  type AttendanceMark,
  graphql,
  type MasterclassRegistrationsQuery as MasterclassRegistrationsResult,
  queryKeys,
  type RegistrationFilter,
} from '@ascend/web/data-access';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const MasterclassRegistrationsQuery = graphql(`
  query MasterclassRegistrations($masterclassId: ID!, $filter: RegistrationFilter, $first: Int, $after: String) {
    masterclassRegistrations(masterclassId: $masterclassId, filter: $filter, first: $first, after: $after) {
      total
      nextCursor
      registrations {
        ...CoachRegistration
      }
    }
  }
`);

graphql(`
  fragment CoachRegistration on Registration {
    id
    name
    email
    status
    waitlistPosition
    holdExpiresAt
    attendance
    question
    registeredAt
    cancelledAt
    clientId
    invitedAsClientAt
    origin {
      source
      newsletterIssue
      utmSource
      utmMedium
      utmCampaign
    }
  }
`);

const RegistrationsCsvQuery = graphql(`
  query MasterclassRegistrationsCsv($masterclassId: ID!) {
    masterclassRegistrationsCsv(masterclassId: $masterclassId)
  }
`);

const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      ...CoachRegistration
    }
  }
`);

const InviteRegistrantMutation = graphql(`
  mutation InviteRegistrantAsClient($registrationId: ID!) {
    inviteRegistrantAsClient(registrationId: $registrationId) {
      clientId
      email
    }
  }
`);

export type CoachRegistration = MasterclassRegistrationsResult['masterclassRegistrations']['registrations'][number];

export const REGISTRATIONS_PAGE_SIZE = 50;

/** A masterclass's registrations in arrival order, a page at a time ("Load more" follows the cursor). */
export function useRegistrations(masterclassId: string, filter: RegistrationFilter) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.tenant(practiceId).masterclassRegistrations(masterclassId, filter),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) =>
      (await api.request(MasterclassRegistrationsQuery, { masterclassId, filter, first: REGISTRATIONS_PAGE_SIZE, after: pageParam }, { signal, practiceId }))
        .masterclassRegistrations,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Attendance, client invitations and the export; what changes the figures refreshes every masterclass view. */
export function useRegistrationActions(masterclassId: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: queryKeys.tenant(practiceId).masterclasses() });
  return {
    markAttendance: useMutation({
      mutationFn: async (mark: AttendanceMark) => (await api.request(MarkAttendanceMutation, { input: { masterclassId, marks: [mark] } }, { practiceId })).markAttendance,
      onSuccess,
    }),
    invite: useMutation({
      mutationFn: async (registrationId: string) => (await api.request(InviteRegistrantMutation, { registrationId }, { practiceId })).inviteRegistrantAsClient,
      onSuccess,
    }),
    exportCsv: useMutation({
      mutationFn: async () => (await api.request(RegistrationsCsvQuery, { masterclassId }, { practiceId })).masterclassRegistrationsCsv,
    }),
  };
}
