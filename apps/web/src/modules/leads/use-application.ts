import { type ApplyToWorkWithInput, graphql, graphqlRequest } from '@ascend/web/data-access';
import { useMutation } from '@tanstack/react-query';

const ApplyToWorkWithMutation = graphql(`
  mutation ApplyToWorkWith($input: ApplyToWorkWithInput!) {
    applyToWorkWith(input: $input)
  }
`);

/** Sends an application from the public page; anyone may, signed in or not. */
export function useApplication() {
  return useMutation({
    mutationFn: async (input: ApplyToWorkWithInput) => (await graphqlRequest(ApplyToWorkWithMutation, { input })).applyToWorkWith,
  });
}

/** What the applicant agrees to: the API records its own copy of these words with the time (lead-rules.ts). */
export function consentText(practiceName: string): string {
  return `I agree that ${practiceName} may contact me by email about coaching. No spam; my details are never sold or shared, and I can ask for them to be deleted at any time.`;
}
