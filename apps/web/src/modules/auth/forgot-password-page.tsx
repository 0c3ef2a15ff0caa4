import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { graphql, graphqlRequest } from '@ascend/web/data-access';
import { fieldRules, formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { AuthCard } from './auth-card';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordPage() {
  usePageTitle('Reset your password');
  // A malformed address is refused here, before the page could say "Check your inbox" for a mail that never leaves.
  const form = useFormFields({ email: '' }, { email: fieldRules.email() });
  const request = useMutation({ mutationFn: (email: string) => graphqlRequest(RequestPasswordResetMutation, { email }) });
  const errors = formErrors(request.error, { email: 'email' } as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled({ email: 'Enter the email you sign in with' })) request.mutate(form.values.email.trim());
  };
  const backToSignIn = (
    <Anchor component={Link} to="/sign-in">
      Back to sign in
    </Anchor>
  );

  if (request.isSuccess) {
    return (
      <AuthCard title="Check your inbox" footer={backToSignIn}>
        {/* The API answers the same whether or not the address has an account, and so does this page. */}
        <Text>
          If an Ascend account uses <strong>{request.variables}</strong>, we have sent it a link to choose a new password. The link
          works once, for one hour.
        </Text>
        <Text size="sm" c="gray.7">
          No mail after a few minutes? Check your spam folder, or{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => request.reset()}>
            try another address
          </Anchor>
          .
        </Text>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Reset your password" description="Tell us the email you sign in with, and we will send you a link to choose a new password." footer={backToSignIn}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="The link was not sent">
              {errors.message}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="email" required {...form.bind('email')} error={form.problems.email ?? errors.fields.email} />
          <Button type="submit" loading={request.isPending}>
            Send me a link
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
