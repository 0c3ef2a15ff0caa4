import {
  graphql,
  graphqlRequest,
  type MyRegistrationFieldsFragment,
  queryKeys,
  type RegisterForMasterclassInput,
  type RegistrationReceiptFieldsFragment,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../auth/auth-provider';
import { publicMasterclassesKey } from './use-public-masterclasses';

graphql(`
  fragment MyRegistrationFields on MyRegistration {
    id
    name
    email
    status
    waitlistPosition
    holdExpiresAt
    joinUrl
    replayUrl
    calendarUrl
    manageToken
    masterclass {
      ...PublicMasterclassFields
    }
  }
`);

// What the confirmation shows, and no deeper than it must be: the receipt wraps the registration one level more.
graphql(`
  fragment RegistrationReceiptFields on MyRegistration {
    id
    email
    status
    waitlistPosition
    holdExpiresAt
    calendarUrl
    manageToken
    masterclass {
      practiceSlug
    }
  }
`);

const RegisterForMasterclassMutation = graphql(`
  mutation RegisterForMasterclass($input: RegisterForMasterclassInput!) {
    registerForMasterclass(input: $input) {
      alreadyRegistered
      registration {
        ...RegistrationReceiptFields
      }
    }
  }
`);

const RegisterMeForMasterclassMutation = graphql(`
  mutation RegisterMeForMasterclass($masterclassId: ID!) {
    registerMeForMasterclass(masterclassId: $masterclassId) {
      ...MyRegistrationFields
    }
  }
`);

const RegistrationByLinkQuery = graphql(`
  query RegistrationByLink($token: String!) {
    registrationByLink(token: $token) {
      ...MyRegistrationFields
    }
  }
`);

const CancelRegistrationByLinkMutation = graphql(`
  mutation CancelRegistrationByLink($token: String!) {
    cancelRegistration(token: $token) {
      ...MyRegistrationFields
    }
  }
`);

export type MyRegistration = MyRegistrationFieldsFragment;
export type RegisteredSeat = RegistrationReceiptFieldsFragment;

/** What registering answered: the registration, or that the address was registered already (its details mailed again). */
export type RegistrationOutcome = { alreadyRegistered: true; email: string } | { alreadyRegistered: false; registration: RegisteredSeat };

/** The registration page lives under the public keys: its signed token is all it takes to read it, signed in or not. */
const registrationKey = (token: string) => [...queryKeys.public.all, 'registration', token] as const;

/** A guest's registration from the public page. */
export function useGuestRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterForMasterclassInput): Promise<RegistrationOutcome> => {
      const { registerForMasterclass: receipt } = await graphqlRequest(RegisterForMasterclassMutation, { input });
      return receipt.registration ? { alreadyRegistered: false, registration: receipt.registration } : { alreadyRegistered: true, email: input.email };
    },
    onSuccess: (_outcome, input) => queryClient.invalidateQueries({ queryKey: publicMasterclassesKey(input.practiceSlug) }),
  });
}

/** A signed-in client registers in one click, as a member of `practiceId` (whichever practice the app has selected). */
export function useOneClickRegistration(practiceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (masterclassId: string) => (await api.request(RegisterMeForMasterclassMutation, { masterclassId }, { practiceId })).registerMeForMasterclass,
    onSuccess: (registration) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: publicMasterclassesKey(registration.masterclass.practiceSlug) }),
        queryClient.invalidateQueries({ queryKey: myRegistrationsKey(practiceId) }),
      ]),
  });
}

/** The signed-in person's registrations in a practice. */
export function myRegistrationsKey(practiceId: string) {
  return [...queryKeys.tenant(practiceId).all, 'masterclass-registrations'] as const;
}

/** The registration a signed link names. */
export function useRegistrationByLink(token: string) {
  return useQuery({
    queryKey: registrationKey(token),
    queryFn: async ({ signal }) => (await graphqlRequest(RegistrationByLinkQuery, { token }, { signal })).registrationByLink,
  });
}

/** Cancels through the signed link; the page then shows the cancelled registration the API answers with. */
export function useCancelByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await graphqlRequest(CancelRegistrationByLinkMutation, { token })).cancelRegistration,
    onSuccess: (registration) => {
      queryClient.setQueryData(registrationKey(token), registration);
      return queryClient.invalidateQueries({ queryKey: publicMasterclassesKey(registration.masterclass.practiceSlug) });
    },
  });
}
