import { Alert, Anchor, Button, Container, PasswordInput, Stack, Text } from '@mantine/core';
import { graphql, GraphQLRequestError, graphqlRequest, type ResetPasswordInput } from '@ascend/web/data-access';
import { formErrors, PageState, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from './auth-card';
import { useSessionStore } from './auth-provider';
import { isDeadLinkError, useEmailLinkCheck } from './email-link';
import { newPasswordRule, PASSWORD_RULE } from './password-rule';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

const API_FIELDS = { 'input.newPassword': 'newPassword', 'input.token': 'token' } as const;

/**
 * Where the reset mail's link leads: /reset-password?token=... The link is checked as the page opens, so a used or
 * expired one is reported before a new password is typed.
 */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const check = useEmailLinkCheck(token, 'RESET_PASSWORD');

  if (!token) {
    return (
      <DeadLink title="This reset link is incomplete">
        The link has no code in it. Open the link from the mail again, or copy the whole address into the browser. If that does not help, ask
        for a new link.
      </DeadLink>
    );
  }
  if (check.isPending) {
    return (
      <Container size="sm">
        <PageState kind="loading" label="Checking your reset link" />
      </Container>
    );
  }
  if (check.error && !isDeadLinkError(check.error)) {
    return (
      <Container size="sm">
        <PageState
          kind="error"
          title="We could not check your reset link"
          error={check.error}
          onRetry={() => void check.refetch()}
          retrying={check.isRefetching}
        />
      </Container>
    );
  }
  if (!check.data) return <UsedOrExpired />;
  return <NewPasswordForm token={token} />;
}

function NewPasswordForm({ token }: { token: string }) {
  const store = useSessionStore();
  const form = useFormFields({ newPassword: '' }, { newPassword: newPasswordRule });
  const reset = useMutation({
    mutationFn: (input: ResetPasswordInput) => graphqlRequest(ResetPasswordMutation, { input }),
    // The API ends every session of the account, this one included.
    onSuccess: () => store.signOut(),
  });
  const errors = formErrors(reset.error, API_FIELDS);

  if (reset.isSuccess) {
    return (
      <AuthCard title="Your password is changed">
        <Text>Every device that was signed in to your account has been signed out. Sign in again with your new password.</Text>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </AuthCard>
    );
  }
  // Used in another tab, or expired, since the page opened.
  const linkDied = errors.fields.token || (reset.error instanceof GraphQLRequestError && reset.error.code === 'NOT_FOUND');
  if (linkDied) return <UsedOrExpired />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled({ newPassword: 'Choose a new password' })) reset.mutate({ token, newPassword: form.values.newPassword });
  };
  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="Your password was not changed">
              {errors.message}
            </Alert>
          )}
          <PasswordInput
            label="New password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            {...form.bind('newPassword')}
            error={form.problems.newPassword ?? errors.fields.newPassword}
          />
          <Button type="submit" loading={reset.isPending}>
            Save my new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

function UsedOrExpired() {
  return (
    <DeadLink title="This reset link is used or expired">
      Each reset link works once, for one hour, and a newer link replaces it. Ask for a new one: it arrives in a minute or two.
    </DeadLink>
  );
}

function DeadLink({ title, children }: { title: string; children: string }) {
  return (
    <AuthCard
      title={title}
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      <Text>{children}</Text>
      <Button component={Link} to="/forgot-password" style={{ alignSelf: 'flex-start' }}>
        Request a new link
      </Button>
    </AuthCard>
  );
}
