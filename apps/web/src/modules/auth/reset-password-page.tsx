import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { graphql, graphqlRequest, type ResetPasswordInput } from '@ascend/web/data-access';
import { formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from './auth-card';
import { useSessionStore } from './auth-provider';
import { PASSWORD_RULE } from './password-rule';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** Where the reset mail's link leads: /reset-password?token=... */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const store = useSessionStore();
  const form = useFormFields({ newPassword: '' });
  const reset = useMutation({
    mutationFn: (input: ResetPasswordInput) => graphqlRequest(ResetPasswordMutation, { input }),
    // The API ends every session of the account, this one included.
    onSuccess: () => store.signOut(),
  });
  const errors = formErrors(reset.error, { 'input.newPassword': 'newPassword', 'input.token': 'token' } as const);
  // However the API words a bad token (malformed, used, expired), the person needs the same advice.
  const problem = errors.fields.token ? 'This reset link does not work: it may have been used already, or have expired. Ask for a new one.' : errors.message;
  const askAgain = (
    <Anchor component={Link} to="/forgot-password">
      Ask for a new link
    </Anchor>
  );

  if (!token) {
    return (
      <AuthCard title="This reset link is incomplete" footer={askAgain}>
        <Text>The link has no code in it. Open the link from the mail again, or copy the whole address into the browser.</Text>
      </AuthCard>
    );
  }
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled({ newPassword: 'Choose a new password' })) reset.mutate({ token, newPassword: form.values.newPassword });
  };
  return (
    <AuthCard title="Choose a new password" footer={askAgain}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" variant="light" title="Your password was not changed">
              {problem}
            </Alert>
          )}
          <PasswordInput
            label="New password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            {...form.bind('newPassword')}
            error={form.missing.newPassword ?? errors.fields.newPassword}
          />
          <Button type="submit" loading={reset.isPending}>
            Save my new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
