import {
  type AccountSettingsQuery as AccountSettingsResult,
  type ChangeEmailInput,
  type ChangePasswordInput,
  type DeleteAccountInput,
  graphql,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useSessionStore, useSignedIn } from '../auth/auth-provider';

graphql(`
  fragment AccountFields on Account {
    id
    email
    name
    emailVerified
    isOperator
    pendingEmail
  }
`);

export const AccountSettingsQuery = graphql(`
  query AccountSettings {
    viewer {
      account {
        ...AccountFields
      }
      memberships {
        practiceId
        practiceSlug
        practiceName
        role
      }
    }
  }
`);

const ChangeMyNameMutation = graphql(`
  mutation ChangeMyName($input: ChangeNameInput!) {
    changeMyName(input: $input) {
      ...AccountFields
    }
  }
`);

const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($input: ChangeEmailInput!) {
    requestEmailChange(input: $input) {
      ...AccountFields
    }
  }
`);

const CancelEmailChangeMutation = graphql(`
  mutation CancelEmailChange {
    cancelEmailChange {
      ...AccountFields
    }
  }
`);

const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`);

export type AccountSettings = AccountSettingsResult['viewer'];
export type AccountDetails = AccountSettings['account'];

/** Account operations act on the person, never on a practice: no practice header goes with them. */
export const noPractice = { practiceId: null };

/** The person's own data, not a practice's: private, so it leaves the cache at sign-out. */
export function accountSettingsKey(accountId: string) {
  return ['account', accountId, 'settings'] as const;
}

/** The account as it is now, with its pending address change and every membership (the session's may be older). */
export function useAccountSettings() {
  const { viewer } = useSignedIn();
  const api = useApi();
  return useQuery({
    queryKey: accountSettingsKey(viewer.account.id),
    queryFn: async ({ signal }) => (await api.request(AccountSettingsQuery, {}, { signal, ...noPractice })).viewer,
  });
}

/** Puts a changed account in the page's data and in the session, so the header shows it too. */
function useTakeAccount() {
  const queryClient = useQueryClient();
  const store = useSessionStore();
  return (account: AccountDetails) => {
    queryClient.setQueryData<AccountSettings>(accountSettingsKey(account.id), (settings) => settings && { ...settings, account });
    store.updateAccount(account);
  };
}

export function useChangeName() {
  const api = useApi();
  const takeAccount = useTakeAccount();
  return useMutation({
    mutationFn: async (name: string) => (await api.request(ChangeMyNameMutation, { input: { name } }, noPractice)).changeMyName,
    onSuccess: takeAccount,
  });
}

export function useChangePassword() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.request(ChangeMyPasswordMutation, { input }, noPractice),
  });
}

/** Asking for a new address and forgetting the request: the address itself changes only through the mailed link. */
export function useEmailChange() {
  const api = useApi();
  const takeAccount = useTakeAccount();
  return {
    request: useMutation({
      mutationFn: async (input: ChangeEmailInput) => (await api.request(RequestEmailChangeMutation, { input }, noPractice)).requestEmailChange,
      onSuccess: takeAccount,
    }),
    cancel: useMutation({
      mutationFn: async () => (await api.request(CancelEmailChangeMutation, {}, noPractice)).cancelEmailChange,
      onSuccess: takeAccount,
    }),
  };
}

export function useDeleteAccount() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: DeleteAccountInput) => api.request(DeleteMyAccountMutation, { input }, noPractice),
  });
}
