import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { graphql, graphqlRequest, type SignUpInput } from '@ascend/web/data-access';
import { fieldRules, formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { NewPracticeFields, useNewPracticeAddress } from '../practices/new-practice-fields';
import { practiceAddressRule } from '../practices/practice-address';
import { browserTimeZone } from '../practices/time-zones';
import { AuthCard } from './auth-card';
import { useSession } from './auth-provider';
import { personNameRule, practiceNameRule } from './name-rules';
import { newPasswordRule, PASSWORD_RULE } from './password-rule';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

const API_FIELDS = {
  'input.name': 'name',
  'input.email': 'email',
  'input.password': 'password',
  'input.practiceName': 'practiceName',
  'input.practiceSlug': 'practiceSlug',
  'input.timeZone': 'timeZone',
} as const;

export function SignUpPage() {
  const session = useSession();
  const form = useFormFields(
    { name: '', email: '', password: '', practiceName: '', practiceSlug: '', timeZone: browserTimeZone() },
    { name: personNameRule, email: fieldRules.email(), password: newPasswordRule, practiceName: practiceNameRule, practiceSlug: practiceAddressRule },
  );
  const address = useNewPracticeAddress(form);
  const { slug } = address;
  const { setValue } = form;
  const signUp = useMutation({
    mutationFn: (input: SignUpInput) => graphqlRequest(SignUpMutation, { input }),
    // The API holds the sign-up now; a second try asks for the password again rather than keep it in the page.
    onSuccess: () => setValue('password', ''),
  });
  usePageTitle(signUp.isSuccess ? 'Check your inbox' : 'Start your practice');

  if (session.status === 'signed-in') return <Navigate to="/app" replace />;

  const signInInstead = (
    <>
      Already on Ascend?{' '}
      <Anchor component={Link} to="/sign-in">
        Sign in
      </Anchor>
    </>
  );

  if (signUp.isSuccess) {
    return (
      <AuthCard title="Check your inbox" footer={signInInstead}>
        {/* The API answers the same whether or not the address has an account (its owner gets a mail saying so),
            and so does this page. */}
        <Text>
          We sent a link to <strong>{signUp.variables.email}</strong>. Click it to confirm your address and open your practice.
        </Text>
        <Text>The link works for 48 hours. Nothing is created until you click it.</Text>
        <Text size="sm" c="gray.7">
          Didn&apos;t get it? Check your spam folder, or{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => signUp.reset()}>
            try again
          </Anchor>
          .
        </Text>
      </AuthCard>
    );
  }

  const errors = formErrors(signUp.error, API_FIELDS);
  // What the browser can tell as the person types comes first; the API's answer stands for the rest.
  const errorOf = (field: keyof typeof form.values) => form.problems[field] ?? errors.fields[field];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled({
      name: 'Enter your name',
      email: 'Enter your email',
      password: 'Choose a password',
      practiceName: 'Name your practice',
      timeZone: 'Choose the time zone your practice works in',
      ...(slug ? {} : { practiceSlug: 'Choose an address for your practice page' }),
    });
    if (!filled) return;
    const { name, email, password, practiceName, timeZone } = form.values;
    signUp.mutate({ name: name.trim(), email: email.trim(), password, practiceName: practiceName.trim(), practiceSlug: slug, timeZone });
  };

  return (
    <AuthCard
      title="Start your practice on Ascend"
      description="Tell us about you and your practice. We mail you a link, and your practice opens when you click it. You can invite coaches and clients next."
      footer={signInInstead}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="Your practice was not created">
              {errors.message}
            </Alert>
          )}
          <TextInput label="Your name" autoComplete="name" required {...form.bind('name')} error={errorOf('name')} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.bind('email')} error={errorOf('email')} />
          <PasswordInput
            label="Password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            {...form.bind('password')}
            error={errorOf('password')}
          />

          <Divider label="Your practice" labelPosition="left" mt="xs" />
          <NewPracticeFields nameInput={form.bind('practiceName')} timeZone={form.values.timeZone} address={address} errorOf={errorOf} />
          <Button type="submit" loading={signUp.isPending} mt="xs">
            Create my practice
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
