import {
  graphql,
  graphqlRequest,
  type NewsletterConfirmationFieldsFragment,
  queryKeys,
  type SubscribeInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

graphql(`
  fragment NewsletterConfirmationFields on NewsletterConfirmation {
    practiceName
    practiceSlug
    email
    status
  }
`);

const NewsletterSignupWordingQuery = graphql(`
  query NewsletterSignupWording($practiceSlug: String!) {
    newsletterSignupWording(practiceSlug: $practiceSlug)
  }
`);

const SubscribeToNewsletterMutation = graphql(`
  mutation SubscribeToNewsletter($input: SubscribeInput!) {
    subscribeToNewsletter(input: $input) {
      message
    }
  }
`);

const NewsletterConfirmationQuery = graphql(`
  query NewsletterConfirmation($token: String!) {
    newsletterConfirmation(token: $token) {
      ...NewsletterConfirmationFields
    }
  }
`);

const ConfirmNewsletterSubscriptionMutation = graphql(`
  mutation ConfirmNewsletterSubscription($token: String!) {
    confirmNewsletterSubscription(token: $token) {
      ...NewsletterConfirmationFields
    }
  }
`);

const UnsubscribeFromNewsletterMutation = graphql(`
  mutation UnsubscribeFromNewsletter($token: String!) {
    unsubscribeFromNewsletter(token: $token) {
      ...NewsletterConfirmationFields
    }
  }
`);

const ResubscribeToNewsletterMutation = graphql(`
  mutation ResubscribeToNewsletter($token: String!) {
    resubscribeToNewsletter(token: $token) {
      ...NewsletterConfirmationFields
    }
  }
`);

export type NewsletterLink = NewsletterConfirmationFieldsFragment;

/** The consent sentence beside the checkbox; the API records these same words with the signup. */
export function useSignupWording(practiceSlug: string) {
  return useQuery({
    queryKey: queryKeys.public.newsletterSignupWording(practiceSlug),
    queryFn: async ({ signal }) => (await graphqlRequest(NewsletterSignupWordingQuery, { practiceSlug }, { signal })).newsletterSignupWording,
    staleTime: Infinity,
  });
}

/** Asks for the confirmation mail; the answer is the same neutral receipt whatever the address's story. */
export function useSubscribe() {
  return useMutation({
    mutationFn: async (input: SubscribeInput) => (await graphqlRequest(SubscribeToNewsletterMutation, { input })).subscribeToNewsletter.message,
  });
}

/** What the confirmation page shows before anything is changed: reading it never confirms. */
export function useNewsletterConfirmation(token: string) {
  return useQuery({
    queryKey: queryKeys.public.newsletterConfirmation(token),
    queryFn: async ({ signal }) => (await graphqlRequest(NewsletterConfirmationQuery, { token }, { signal })).newsletterConfirmation,
    enabled: token !== '',
  });
}

/** The confirm, unsubscribe and resubscribe actions of a subscriber's signed link; each answer updates the page. */
export function useNewsletterLinkActions(token: string) {
  const queryClient = useQueryClient();
  const onSuccess = (answer: NewsletterLink) => queryClient.setQueryData(queryKeys.public.newsletterConfirmation(token), answer);
  return {
    confirm: useMutation({
      mutationFn: async () => (await graphqlRequest(ConfirmNewsletterSubscriptionMutation, { token })).confirmNewsletterSubscription,
      onSuccess,
    }),
    unsubscribe: useMutation({
      mutationFn: async () => (await graphqlRequest(UnsubscribeFromNewsletterMutation, { token })).unsubscribeFromNewsletter,
      onSuccess,
    }),
    resubscribe: useMutation({
      mutationFn: async () => (await graphqlRequest(ResubscribeToNewsletterMutation, { token })).resubscribeToNewsletter,
      onSuccess,
    }),
  };
}
