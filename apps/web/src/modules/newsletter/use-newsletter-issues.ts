import {
  type CoachNewsletterIssueFragment,
  graphql,
  type NewsletterIssueInput,
  type NewsletterIssuesQuery as NewsletterIssuesResult,
  queryKeys,
  type UpdateNewsletterIssueInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment CoachNewsletterIssue on NewsletterIssue {
    id
    subject
    preheader
    body
    kind
    weekOf
    status
    scheduledAt
    startedAt
    finishedAt
    recipients
    sent
    failed
    pending
    bounced
    complained
    unsubscribed
    createdAt
    updatedAt
  }
`);

const NewsletterIssuesQuery = graphql(`
  query NewsletterIssues {
    newsletterIssues {
      id
      subject
      kind
      weekOf
      status
      scheduledAt
      startedAt
      finishedAt
      recipients
      sent
      failed
      bounced
      unsubscribed
    }
  }
`);

const NewsletterIssueQuery = graphql(`
  query NewsletterIssue($id: ID!) {
    newsletterIssue(id: $id) {
      ...CoachNewsletterIssue
    }
  }
`);

const NewsletterIssuePreviewQuery = graphql(`
  query NewsletterIssuePreview($subject: String!, $preheader: String!, $body: String!) {
    newsletterIssuePreview(subject: $subject, preheader: $preheader, body: $body)
  }
`);

const CreateNewsletterIssueMutation = graphql(`
  mutation CreateNewsletterIssue($input: NewsletterIssueInput!) {
    createNewsletterIssue(input: $input) {
      ...CoachNewsletterIssue
    }
  }
`);

const UpdateNewsletterIssueMutation = graphql(`
  mutation UpdateNewsletterIssue($input: UpdateNewsletterIssueInput!) {
    updateNewsletterIssue(input: $input) {
      ...CoachNewsletterIssue
    }
  }
`);

const DeleteNewsletterIssueMutation = graphql(`
  mutation DeleteNewsletterIssue($id: ID!) {
    deleteNewsletterIssue(id: $id)
  }
`);

const SendNewsletterTestMutation = graphql(`
  mutation SendNewsletterTest($id: ID!) {
    sendNewsletterTest(id: $id)
  }
`);

const ScheduleNewsletterIssueMutation = graphql(`
  mutation ScheduleNewsletterIssue($id: ID!, $at: DateTime!) {
    scheduleNewsletterIssue(id: $id, at: $at) {
      ...CoachNewsletterIssue
    }
  }
`);

const UnscheduleNewsletterIssueMutation = graphql(`
  mutation UnscheduleNewsletterIssue($id: ID!) {
    unscheduleNewsletterIssue(id: $id) {
      ...CoachNewsletterIssue
    }
  }
`);

const SendNewsletterIssueNowMutation = graphql(`
  mutation SendNewsletterIssueNow($id: ID!) {
    sendNewsletterIssueNow(id: $id) {
      ...CoachNewsletterIssue
    }
  }
`);

export type NewsletterIssueSummary = NewsletterIssuesResult['newsletterIssues'][number];
export type CoachNewsletterIssue = CoachNewsletterIssueFragment;

export function useNewsletterIssues() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).newsletterIssues(),
    queryFn: async ({ signal }) => (await api.request(NewsletterIssuesQuery, {}, { signal, practiceId })).newsletterIssues,
  });
}

/** One issue; while it is sending it is asked for every second, so the progress bar moves on its own. */
export function useNewsletterIssue(id: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).newsletterIssue(id),
    queryFn: async ({ signal }) => (await api.request(NewsletterIssueQuery, { id }, { signal, practiceId })).newsletterIssue,
    refetchInterval: (query) => (query.state.data?.status === 'SENDING' ? 1000 : false),
  });
}

/** The whole email as a subscriber will see it, rendered by the API from what is typed (asked once typing pauses). */
export function useNewsletterIssuePreview(subject: string, preheader: string, body: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    // The shared key has room for the subject and one text: the preheader and body travel together in it.
    queryKey: queryKeys.tenant(practiceId).newsletterIssuePreview(subject, preheader, body),
    queryFn: async ({ signal }) =>
      (await api.request(NewsletterIssuePreviewQuery, { subject, preheader, body }, { signal, practiceId })).newsletterIssuePreview,
    enabled: subject.trim() !== '' || body.trim() !== '',
  });
}

/**
 * Saving, testing, scheduling and sending an issue. An answer carrying the issue goes straight into its page's
 * cache; the list and the figures that may change with it are refreshed.
 */
export function useNewsletterIssueActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const keys = queryKeys.tenant(practiceId);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: keys.newsletterIssues() });
  const settle = (issue: CoachNewsletterIssue) => {
    queryClient.setQueryData(keys.newsletterIssue(issue.id), issue);
    return refreshList();
  };
  return {
    create: useMutation({
      mutationFn: async (input: NewsletterIssueInput) => (await api.request(CreateNewsletterIssueMutation, { input }, { practiceId })).createNewsletterIssue,
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateNewsletterIssueInput) => (await api.request(UpdateNewsletterIssueMutation, { input }, { practiceId })).updateNewsletterIssue,
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => (await api.request(DeleteNewsletterIssueMutation, { id }, { practiceId })).deleteNewsletterIssue,
      onSuccess: (_deleted, id) => {
        queryClient.removeQueries({ queryKey: keys.newsletterIssue(id) });
        return refreshList();
      },
    }),
    sendTest: useMutation({
      mutationFn: async (id: string) => (await api.request(SendNewsletterTestMutation, { id }, { practiceId })).sendNewsletterTest,
    }),
    schedule: useMutation({
      mutationFn: async ({ id, at }: { id: string; at: string }) => (await api.request(ScheduleNewsletterIssueMutation, { id, at }, { practiceId })).scheduleNewsletterIssue,
      onSuccess: settle,
    }),
    unschedule: useMutation({
      mutationFn: async (id: string) => (await api.request(UnscheduleNewsletterIssueMutation, { id }, { practiceId })).unscheduleNewsletterIssue,
      onSuccess: settle,
    }),
    sendNow: useMutation({
      mutationFn: async (id: string) => (await api.request(SendNewsletterIssueNowMutation, { id }, { practiceId })).sendNewsletterIssueNow,
      onSuccess: settle,
    }),
  };
}
