import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { GraphQLRequestError, graphqlRequest, type SignUpInput } from '@ascend/web/data-access';
import { formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useCallback, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { suggestSlug, tidySlugInput } from '../practices/practice-address';
import { TimeZoneSelect } from '../practices/time-zone-select';
import { browserTimeZone } from '../practices/time-zones';
import { AuthCard } from './auth-card';
import { useSession, useSessionStore } from './auth-provider';
import { PASSWORD_RULE } from './password-rule';
import { SignUpMutation } from './session-documents';

const API_FIELDS = {
  'input.name': 'name',
  'input.email': 'email',
  'input.password': 'password',
  'input.practiceName': 'practiceName',
  'input.practiceSlug': 'practiceSlug',
  'input.timeZone': 'timeZone',
} as const;

export function SignUpPage() {
  usePageTitle('Start your practice');
  const session = useSession();
  const store = useSessionStore();
  const form = useFormFields({ name: '', email: '', password: '', practiceName: '', practiceSlug: '', timeZone: browserTimeZone() });
  // The address follows the practice name until the person edits it.
  const [slugTyped, setSlugTyped] = useState(false);
  const slug = slugTyped ? form.values.practiceSlug : suggestSlug(form.values.practiceName);
  const { setValue } = form;
  const setTimeZone = useCallback((zone: string) => setValue('timeZone', zone), [setValue]);
  const signUp = useMutation({
    mutationFn: (input: SignUpInput) => graphqlRequest(SignUpMutation, { input }),
    onSuccess: (data) => store.signedIn(data.signUp),
  });

  if (session.status === 'signed-in') return <Navigate to="/app" replace />;

  const errors = formErrors(signUp.error, API_FIELDS);
  const errorOf = (field: keyof typeof form.values) => form.missing[field] ?? errors.fields[field];
  const emailTaken = signUp.error instanceof GraphQLRequestError && signUp.error.code === 'CONFLICT' && Boolean(errors.fields.email);
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
      description="Create your account and your practice in one step. You can invite coaches and clients next."
      footer={
        <>
          Already on Ascend?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="Your practice was not created">
              {errors.message}
            </Alert>
          )}
          <TextInput label="Your name" autoComplete="name" required {...form.bind('name')} error={errorOf('name')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.bind('email')}
            error={
              emailTaken && !form.missing.email ? (
                <>
                  This email already has an account.{' '}
                  <Anchor component={Link} to="/sign-in" size="xs">
                    Sign in instead
                  </Anchor>
                </>
              ) : (
                errorOf('email')
              )
            }
          />
          <PasswordInput
            label="Password"
            description={PASSWORD_RULE}
            autoComplete="new-password"
            required
            {...form.bind('password')}
            error={errorOf('password')}
          />

          <Divider label="Your practice" labelPosition="left" mt="xs" />
          <TextInput label="Practice name" autoComplete="organization" required {...form.bind('practiceName')} error={errorOf('practiceName')} />
          <TextInput
            label="Practice address"
            description={
              <>
                Your public page: <strong>{`${window.location.origin}/p/${slug || '…'}`}</strong>
              </>
            }
            required
            leftSection={<Text size="sm" c="dimmed">/p/</Text>}
            leftSectionWidth={36}
            value={slug}
            onChange={(event) => {
              setSlugTyped(true);
              form.setValue('practiceSlug', tidySlugInput(event.currentTarget.value));
            }}
            error={errorOf('practiceSlug')}
          />
          <TimeZoneSelect
            value={form.values.timeZone}
            onChange={setTimeZone}
            description="Sessions, check-ins and masterclasses are scheduled in it."
            error={errorOf('timeZone')}
          />
          <Button type="submit" loading={signUp.isPending} mt="xs">
            Create my practice
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
