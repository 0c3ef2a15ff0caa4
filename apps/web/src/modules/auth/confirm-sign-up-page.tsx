import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { type ConfirmSignUpInput, graphql, GraphQLRequestError, graphqlRequest } from '@ascend/web/data-access';
import { formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { practiceAddressRule } from '../practices/practice-address';
import { PracticeAddressInput } from '../practices/practice-address-input';
import { AuthCard } from './auth-card';
import { useSessionStore } from './auth-provider';

const ConfirmSignUpMutation = graphql(`
  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {
    confirmSignUp(input: $input) {
      ...SessionFields
    }
  }
`);

/**
 * Where the sign-up mail's link leads: /sign-up/confirm?token=... Opening the link creates nothing: mail scanners
 * follow links, so the practice opens only when the person presses the button.
 */
export function ConfirmSignUpPage() {
  usePageTitle('Open your practice');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const store = useSessionStore();
  const navigate = useNavigate();
  const form = useFormFields({ practiceSlug: '' }, { practiceSlug: practiceAddressRule });
  const confirm = useMutation({
    mutationFn: (input: ConfirmSignUpInput) => graphqlRequest(ConfirmSignUpMutation, { input }),
    onSuccess: async (data) => {
      store.signedIn(data.confirmSignUp);
      await navigate('/app', { replace: true });
    },
  });

  const refused = confirm.error instanceof GraphQLRequestError ? confirm.error : null;
  const linkRefused = refused !== null && (refused.code === 'NOT_FOUND' || refused.fields.some((f) => f.field === 'input.token'));
  if (linkRefused && refused.code === 'CONFLICT') return <AccountExists message={refused.message} />;
  // However the API words a bad token (malformed, used, expired), the person needs the same advice.
  if (!token || linkRefused) return <LinkDoesNotWork />;

  const errors = formErrors(confirm.error, { 'input.practiceSlug': 'practiceSlug' } as const);
  // The address chosen at sign-up was taken meanwhile: from then on every try names another.
  const choosingAddress = confirm.variables?.practiceSlug !== undefined;
  const askAddress = choosingAddress || Boolean(errors.fields.practiceSlug);
  // That first refusal concerns an address this page never showed, so its message goes above the new field.
  const problem = choosingAddress ? errors.message : (confirm.error?.message ?? null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!askAddress) confirm.mutate({ token });
    else if (form.requireFilled({ practiceSlug: 'Choose an address for your practice page' })) {
      confirm.mutate({ token, practiceSlug: form.values.practiceSlug });
    }
  };

  return (
    <AuthCard
      title="Open your practice"
      description="One click creates your Ascend account and your practice, and signs you in."
      footer={
        <>
          Opened it already?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" variant="light" title="Your practice is not open yet">
              {problem}
            </Alert>
          )}
          {askAddress && (
            <PracticeAddressInput
              value={form.values.practiceSlug}
              onChange={(slug) => form.setValue('practiceSlug', slug)}
              error={form.problems.practiceSlug ?? (choosingAddress ? errors.fields.practiceSlug : undefined)}
            />
          )}
          <Button type="submit" loading={confirm.isPending}>
            Open my practice
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

function LinkDoesNotWork() {
  return (
    <AuthCard title="This sign-up link does not work">
      <Text>It may be incomplete, have been used already, or have expired: each link works once, for 48 hours.</Text>
      <Text>If you opened your practice already, sign in. Otherwise sign up again: nothing was created.</Text>
      <Group>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
        <Button component={Link} to="/sign-up" variant="default">
          Sign up again
        </Button>
      </Group>
    </AuthCard>
  );
}

function AccountExists({ message }: { message: string }) {
  return (
    <AuthCard title="This address already has an account">
      <Text>{message}</Text>
      <Group>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </Group>
    </AuthCard>
  );
}
