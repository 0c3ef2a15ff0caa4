import { graphql, graphqlRequest } from '@ascend/web/data-access';
import { useMutation } from '@tanstack/react-query';
import { stripePages } from '../billing/stripe-pages';

const PayForRegistrationMutation = graphql(`
  mutation PayForRegistration($token: String!) {
    payForRegistration(token: $token) {
      url
    }
  }
`);

/** Opens Stripe Checkout for a seat held for payment; the registration's signed link token is all it takes. */
export function usePayForRegistration() {
  return useMutation({
    mutationFn: async (token: string) => (await graphqlRequest(PayForRegistrationMutation, { token })).payForRegistration.url,
    onSuccess: (url) => stripePages.open(url),
  });
}
