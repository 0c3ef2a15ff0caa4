import { graphql, queryKeys, type StartPracticeInput } from '@ascend/web/data-access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi, useSessionStore, useSignedIn } from '../auth/auth-provider';
import { accountSettingsKey, AccountSettingsQuery, noPractice } from './use-account';

const LeavePracticeMutation = graphql(`
  mutation LeavePractice($practiceId: ID!) {
    leavePractice(practiceId: $practiceId)
  }
`);

const StartPracticeMutation = graphql(`
  mutation StartPractice($input: StartPracticeInput!) {
    startPractice(input: $input) {
      practiceId
      practiceSlug
      practiceName
      role
    }
  }
`);

/**
 * Leaves a practice; then the memberships are read again, so the page, the header and the practice switcher all
 * forget it (and another practice becomes the one the person works in). With none left, the person lands on the
 * page that says what they can do without one.
 */
export function useLeavePractice() {
  const api = useApi();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (practiceId: string) => api.request(LeavePracticeMutation, { practiceId }, noPractice),
    onSuccess: async (_left, practiceId) => {
      queryClient.removeQueries({ queryKey: queryKeys.tenant(practiceId).all });
      const { viewer } = await api.request(AccountSettingsQuery, {}, noPractice);
      queryClient.setQueryData(accountSettingsKey(viewer.account.id), viewer);
      store.updateViewer(viewer);
      // Here, not in the page: the page is drawn anew without the practice menu, and its own callbacks are dropped.
      if (viewer.memberships.length === 0) await navigate('/app');
    },
  });
}

/** Starts a practice owned by the signed-in person, who then works in it, from its home page. */
export function useStartPractice() {
  const api = useApi();
  const store = useSessionStore();
  const { viewer } = useSignedIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (input: StartPracticeInput) => (await api.request(StartPracticeMutation, { input }, noPractice)).startPractice,
    onSuccess: async (membership) => {
      store.updateViewer({ ...viewer, memberships: [...viewer.memberships, membership] });
      store.selectPractice(membership.practiceId);
      void queryClient.invalidateQueries({ queryKey: accountSettingsKey(viewer.account.id) });
      // Here, not in the page: a first practice brings the practice menu, and the page is drawn anew inside it.
      await navigate('/app');
    },
  });
}
