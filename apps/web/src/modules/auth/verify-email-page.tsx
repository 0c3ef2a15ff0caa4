import { Button, Container, Stack } from '@mantine/core';
import { graphql, graphqlRequest } from '@ascend/web/data-access';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession, useSessionStore } from './auth-provider';
import { isDeadLinkError } from './email-link';
import { ResendVerificationButton } from './resend-verification';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      name
      emailVerified
      isOperator
    }
  }
`);

/** Where the confirmation mail's link leads: /verify-email?token=... */
export function VerifyEmailPage() {
  usePageTitle('Confirm your email');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const store = useSessionStore();
  const { mutate, data, error } = useMutation({
    mutationFn: (token: string) => graphqlRequest(VerifyEmailMutation, { token }),
  });

  // A link works once, so it is sent once, even when React runs effects twice in development.
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  // The session may finish restoring before or after the confirmation: either way it learns the news.
  const signedIn = session.status === 'signed-in';
  useEffect(() => {
    if (signedIn && data) store.updateAccount(data.verifyEmail);
  }, [signedIn, data, store]);

  const onward = signedIn ? (
    <Button component={Link} to="/app">
      Go to your practice
    </Button>
  ) : (
    <Button component={Link} to="/sign-in">
      Sign in
    </Button>
  );

  if (!token) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          title="This confirmation link is incomplete"
          description="The link has no code in it. Open the link from the mail again, or copy the whole address into the browser."
          action={onward}
        />
      </Container>
    );
  }
  if (error && !isDeadLinkError(error)) {
    // The link may still be good: the confirmation did not get through, and trying again can finish it.
    return (
      <Container size="sm">
        <PageState kind="error" title="We could not confirm your email" error={error} onRetry={() => mutate(token)} action={onward} />
      </Container>
    );
  }
  if (error) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          title="This confirmation link did not work"
          // However the API words a refused token (malformed, used, expired), the person needs the same advice.
          description="It may have been used already, or have expired: each link works once, for 48 hours."
          action={
            session.status === 'signed-in' ? (
              <Stack align="center">
                <ResendVerificationButton email={session.viewer.account.email} />
              </Stack>
            ) : (
              <Button component={Link} to="/sign-in?next=%2Fapp">
                Sign in to get a new link
              </Button>
            )
          }
        />
      </Container>
    );
  }
  if (!data) {
    return (
      <Container size="sm">
        <PageState kind="loading" label="Confirming your email" />
      </Container>
    );
  }
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        title="Your email is confirmed"
        description={`Thank you, ${data.verifyEmail.name}: ${data.verifyEmail.email} is confirmed.`}
        action={onward}
      />
    </Container>
  );
}
