import { type EmailLinkPurpose, graphql, GraphQLRequestError, graphqlRequest, queryKeys } from '@ascend/web/data-access';
import { useQuery } from '@tanstack/react-query';

const EmailLinkValidQuery = graphql(`
  query EmailLinkValid($token: String!, $purpose: EmailLinkPurpose!) {
    emailLinkValid(token: $token, purpose: $purpose)
  }
`);

/**
 * Whether a mailed link still works, asked when its page opens so a dead link is reported before anything is typed.
 * The check spends nothing. `data` is false for a dead link; an empty token is not asked about.
 */
export function useEmailLinkCheck(token: string, purpose: EmailLinkPurpose) {
  return useQuery({
    queryKey: queryKeys.public.emailLink(purpose, token),
    queryFn: async ({ signal }) => (await graphqlRequest(EmailLinkValidQuery, { token, purpose }, { signal })).emailLinkValid,
    enabled: token !== '',
    // Asked once each time the page opens: the page's own use of the link must not turn into "dead link" on a later
    // refetch, and a link opened again is asked about afresh.
    staleTime: Infinity,
    gcTime: 0,
  });
}

/** A token the API refuses to look at (malformed, unknown) is, to the person holding the link, simply dead. */
export function isDeadLinkError(error: unknown): boolean {
  return error instanceof GraphQLRequestError && ['BAD_USER_INPUT', 'INVALID_INPUT', 'NOT_FOUND'].includes(error.code);
}
