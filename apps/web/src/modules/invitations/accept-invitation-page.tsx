import { Alert, Badge, Button, Container, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type AcceptInvitationInput, graphql, graphqlRequest, type InvitationPreviewQuery as PreviewResult, queryKeys } from '@ascend/web/data-access';
import { formErrors, PageState, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '../auth/auth-card';
import { useSessionStore } from '../auth/auth-provider';
import { isDeadLinkError } from '../auth/email-link';
import { personNameRule } from '../auth/name-rules';
import { newPasswordRule, PASSWORD_RULE } from '../auth/password-rule';
import { roleNames } from '../auth/permissions';

const InvitationPreviewQuery = graphql(`
  query InvitationPreview($practiceId: ID!, $token: String!) {
    invitationPreview(practiceId: $practiceId, token: $token) {
      practiceName
      email
      role
      accountExists
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionFields
    }
  }
`);

/** Where the invitation mail's link leads: /invitations/accept?practice=<id>&token=<token>. */
export function AcceptInvitationPage() {
  usePageTitle('Accept your invitation');
  const [params] = useSearchParams();
  const practiceId = params.get('practice') ?? '';
  const token = params.get('token') ?? '';
  const complete = Boolean(practiceId && token);
  const preview = useQuery({
    queryKey: queryKeys.public.invitationPreview(practiceId, token),
    queryFn: async ({ signal }) => (await graphqlRequest(InvitationPreviewQuery, { practiceId, token }, { signal })).invitationPreview,
    enabled: complete,
  });

  if (!complete) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          title="This invitation link is incomplete"
          description="Part of the link is missing. Open the link from the invitation mail again, or copy the whole address into the browser."
          action={<HomeButton />}
        />
      </Container>
    );
  }
  if (preview.isPending) {
    return (
      <Container size="sm">
        <PageState kind="loading" label="Loading your invitation" />
      </Container>
    );
  }
  // A malformed link (say, a cut-off practice id) is refused as bad input: to the visitor it is just not valid.
  if (preview.error && !isDeadLinkError(preview.error)) {
    return (
      <Container size="sm">
        <PageState
          kind="error"
          title="We could not load your invitation"
          error={preview.error}
          onRetry={() => void preview.refetch()}
          retrying={preview.isRefetching}
        />
      </Container>
    );
  }
  if (!preview.data) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          title="This invitation is no longer valid"
          description="It may have expired, been used already, or been withdrawn. If you joined already, sign in; otherwise ask the person who invited you to send a new one."
          action={
            <Group justify="center">
              <Button component={Link} to="/sign-in">
                Sign in
              </Button>
              <HomeButton />
            </Group>
          }
        />
      </Container>
    );
  }
  return <AcceptForm practiceId={practiceId} token={token} invitation={preview.data} />;
}

function HomeButton() {
  return (
    <Button component={Link} to="/" variant="default">
      Go to the home page
    </Button>
  );
}

type Invitation = NonNullable<PreviewResult['invitationPreview']>;

function AcceptForm({ practiceId, token, invitation }: { practiceId: string; token: string; invitation: Invitation }) {
  const store = useSessionStore();
  const navigate = useNavigate();
  const newAccount = !invitation.accountExists;
  // An existing account's password is checked by the API alone: it may predate today's rule.
  const form = useFormFields({ name: '', password: '' }, newAccount ? { name: personNameRule, password: newPasswordRule } : {});
  const accept = useMutation({
    mutationFn: (input: AcceptInvitationInput) => graphqlRequest(AcceptInvitationMutation, { input }),
    onSuccess: async (data) => {
      store.signedIn(data.acceptInvitation, practiceId);
      await navigate('/app', { replace: true });
    },
  });
  const errors = formErrors(accept.error, { 'input.name': 'name', 'input.password': 'password' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled(
      newAccount ? { name: 'Enter your name', password: 'Choose a password' } : { password: 'Enter the password of your account' },
    );
    if (!filled) return;
    accept.mutate({ practiceId, token, password: form.values.password, ...(newAccount ? { name: form.values.name.trim() } : {}) });
  };

  return (
    <AuthCard
      title={`Join ${invitation.practiceName}`}
      description={
        newAccount
          ? 'Choose your name and a password to create your Ascend account and join the practice.'
          : 'You already have an Ascend account. Enter its password to add this practice to it.'
      }
    >
      <Group gap="xs">
        <Text size="sm" c="gray.7">
          Invited as
        </Text>
        <Badge variant="light">{roleNames[invitation.role]}</Badge>
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="You have not joined yet">
              {errors.message}
            </Alert>
          )}
          <TextInput label="Email" value={invitation.email} readOnly description="The invitation was sent to this address." />
          {newAccount && <TextInput label="Your name" autoComplete="name" required {...form.bind('name')} error={form.problems.name ?? errors.fields.name} />}
          <PasswordInput
            label={newAccount ? 'Choose a password' : 'Password'}
            description={newAccount ? PASSWORD_RULE : undefined}
            autoComplete={newAccount ? 'new-password' : 'current-password'}
            required
            {...form.bind('password')}
            error={form.problems.password ?? errors.fields.password}
          />
          <Button type="submit" loading={accept.isPending}>
            Accept and join
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
