import { Alert, Anchor, Button, Container, Group, Stack, Text } from '@mantine/core';
import { graphql, GraphQLRequestError, graphqlRequest } from '@ascend/web/data-access';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../auth/auth-card';
import { useSession, useSessionStore } from '../auth/auth-provider';
import { isDeadLinkError, useEmailLinkCheck } from '../auth/email-link';
import { signInPath } from '../auth/safe-next';

const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ...AccountFields
    }
  }
`);

const ACCOUNT_PAGE = '/app/account';

/**
 * Where the mail to a new address leads: /confirm-email-change?token=... The link is checked as the page opens, and
 * spent only when the person confirms (a mail scanner opening links must not change anyone's address).
 */
export function ConfirmEmailChangePage() {
  usePageTitle('Confirm your new address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const check = useEmailLinkCheck(token, 'CHANGE_EMAIL');

  if (!token) return <DeadLink title="This link is incomplete" reason="The link has no code in it. Open it from the mail again, or copy the whole address into the browser." />;
  if (check.isPending) {
    return (
      <Container size="sm">
        <PageState kind="loading" label="Checking your link" />
      </Container>
    );
  }
  if (check.error && !isDeadLinkError(check.error)) {
    return (
      <Container size="sm">
        <PageState kind="error" title="We could not check your link" error={check.error} onRetry={() => void check.refetch()} retrying={check.isRefetching} />
      </Container>
    );
  }
  if (!check.data) return <UsedOrExpired />;
  return <Confirmation token={token} />;
}

function Confirmation({ token }: { token: string }) {
  const session = useSession();
  const store = useSessionStore();
  const confirm = useMutation({
    mutationFn: async () => (await graphqlRequest(ConfirmEmailChangeMutation, { token })).confirmEmailChange,
  });

  // The session may finish restoring before or after the confirmation: either way it learns the new address.
  const signedIn = session.status === 'signed-in';
  const confirmed = confirm.data;
  useEffect(() => {
    if (signedIn && confirmed) store.updateAccount(confirmed);
  }, [signedIn, confirmed, store]);

  if (confirmed) {
    return (
      <AuthCard title="Your address is changed">
        <Text>
          You now sign in with <strong>{confirmed.email}</strong>, and mail from Ascend goes there.
        </Text>
        <Group>
          {signedIn ? (
            <Button component={Link} to={ACCOUNT_PAGE}>
              Go to your account page
            </Button>
          ) : (
            <Button component={Link} to={signInPath(ACCOUNT_PAGE)}>
              Sign in
            </Button>
          )}
        </Group>
      </AuthCard>
    );
  }
  if (isDeadLinkError(confirm.error)) return <UsedOrExpired />;

  const conflict = confirm.error instanceof GraphQLRequestError && confirm.error.code === 'CONFLICT';
  return (
    <AuthCard title="Confirm your new address" description="Your sign-in address changes as soon as you confirm. From then on you sign in with the new address.">
      <Stack gap="md">
        {confirm.error && (
          <Alert color="red" variant="light" title="Your address was not changed">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{confirm.error.message}</Text>
              {conflict && (
                <Text size="sm">
                  Choose another address on your{' '}
                  <Anchor component={Link} to={ACCOUNT_PAGE} size="sm">
                    account page
                  </Anchor>
                  .
                </Text>
              )}
            </Stack>
          </Alert>
        )}
        {!conflict && (
          <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
            Confirm my new address
          </Button>
        )}
      </Stack>
    </AuthCard>
  );
}

function UsedOrExpired() {
  return (
    <DeadLink
      title="This link no longer works"
      reason="It was used already, has expired (links work for 48 hours), or the change was cancelled or asked for again. Your address has not changed."
    />
  );
}

/** A link that cannot work, and what to do instead: ask for a new one from the account page. */
function DeadLink({ title, reason }: { title: string; reason: string }) {
  const session = useSession();
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        title={title}
        description={`${reason} To change your address, ask for a new link from your account page.`}
        action={
          <Button component={Link} to={session.status === 'signed-in' ? ACCOUNT_PAGE : signInPath(ACCOUNT_PAGE)}>
            {session.status === 'signed-in' ? 'Go to your account page' : 'Sign in to ask for a new link'}
          </Button>
        }
      />
    </Container>
  );
}
