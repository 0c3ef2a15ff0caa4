import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { graphqlRequest, type SignInInput } from '@ascend/web/data-access';
import { fieldRules, formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthCard } from './auth-card';
import { DemoAccounts } from './demo-accounts';
import { useSession, useSessionStore } from './auth-provider';
import { safeNext } from './safe-next';
import { SignInMutation } from './session-documents';

export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const store = useSessionStore();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // The mail to an address that someone tried to sign up with links here with the address filled in.
  const form = useFormFields({ email: params.get('email') ?? '', password: '' }, { email: fieldRules.email() });
  const signIn = useMutation({
    mutationFn: (input: SignInInput) => graphqlRequest(SignInMutation, { input }),
    onSuccess: (data) => store.signedIn(data.signIn),
  });

  // Signing in changes the session, and this sends the person on, as it does anyone who arrives signed in.
  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  const errors = formErrors(signIn.error, { 'input.email': 'email', 'input.password': 'password' } as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ email: 'Enter your email', password: 'Enter your password' })) return;
    signIn.mutate({ email: form.values.email.trim(), password: form.values.password });
  };

  return (
    <AuthCard
      title="Sign in to Ascend"
      description="Welcome back. Sign in to reach your practice."
      footer={
        <>
          New to Ascend?{' '}
          <Anchor component={Link} to="/sign-up">
            Start your practice
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="You are not signed in">
              {errors.message}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.bind('email')}
            error={form.problems.email ?? errors.fields.email}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.bind('password')}
            error={form.problems.password ?? errors.fields.password}
          />
          <Group justify="space-between" mt="xs">
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={signIn.isPending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
      <DemoAccounts
        onPick={(account) => {
          form.setValue('email', account.email);
          form.setValue('password', account.password);
        }}
      />
    </AuthCard>
  );
}
