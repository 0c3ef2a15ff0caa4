import { Alert, Button, Checkbox, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { formErrors, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useId, useState } from 'react';
import { useSignupWording, useSubscribe } from './use-newsletter-links';

// Off screen rather than display:none, which some robots recognise; hidden from assistive technology and the tab order.
const honeypotStyle = { position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' } as const;

export const NEWSLETTER_PROMISE = 'No spam. We never sell your data. Leave with one click.';

/**
 * The newsletter signup of a practice's public pages. Signing up only asks for the confirmation mail (double
 * opt-in), and the answer never tells whether the address was known: everyone sees the same receipt.
 */
export function NewsletterSignupForm({ practiceSlug, source }: { practiceSlug: string; source?: string }) {
  const id = useId();
  const wording = useSignupWording(practiceSlug);
  const subscribe = useSubscribe();
  const form = useFormFields({ email: '', name: '', website: '' });
  const [consent, setConsent] = useState(false);
  const [consentMissing, setConsentMissing] = useState(false);
  const errors = formErrors(subscribe.error, { 'input.email': 'email', 'input.name': 'name', 'input.consent': 'consent' } as const);
  const tooMany = subscribe.error instanceof GraphQLRequestError && subscribe.error.code === 'TOO_MANY_REQUESTS';
  const headingId = `${id}-heading`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled({ email: 'Enter your email' });
    setConsentMissing(!consent);
    if (!filled || !consent) return;
    const { email, name, website } = form.values;
    subscribe.mutate({
      practiceSlug,
      email: email.trim(),
      name: name.trim(),
      consent,
      website,
      // The page the form was on, recorded with the consent (the API keeps up to 300 characters).
      source: (source ?? window.location.pathname).slice(0, 300),
    });
  };

  if (subscribe.isSuccess) {
    return (
      <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="xs" role="status">
          <Title order={2} size="h3" id={headingId}>
            {subscribe.data}
          </Title>
          <Text c="gray.7">Nothing is sent until you click the link in that email. {NEWSLETTER_PROMISE}</Text>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'md', sm: 'xl' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id={headingId}>
              Get the weekly insights
            </Title>
            <Text c="gray.7">{NEWSLETTER_PROMISE}</Text>
          </Stack>
          {tooMany ? (
            <Alert color="yellow" variant="light" title="Let’s pause for a moment">
              We’ve had several signups from here just now. {subscribe.error?.message}
            </Alert>
          ) : (
            errors.message && (
              <Alert color="red" variant="light" title="You are not signed up yet">
                {errors.message}
              </Alert>
            )
          )}
          <TextInput label="Email" type="email" required autoComplete="email" {...form.bind('email')} error={form.missing.email ?? errors.fields.email} />
          <TextInput label="First name" description="Optional" autoComplete="given-name" {...form.bind('name')} error={errors.fields.name} />
          <div style={honeypotStyle} aria-hidden="true">
            <label htmlFor={`${id}-website`}>Website</label>
            <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" {...form.bind('website')} />
          </div>
          {wording.data ? (
            <Checkbox
              label={wording.data}
              checked={consent}
              onChange={(event) => {
                setConsent(event.currentTarget.checked);
                setConsentMissing(false);
              }}
              error={consentMissing ? 'Please agree, so we may email you the newsletter' : errors.fields.consent}
            />
          ) : wording.error ? (
            <Text c="red" size="sm">
              The signup is not available right now: {wording.error.message}
            </Text>
          ) : (
            <Skeleton height={40} aria-label="Loading the consent wording" />
          )}
          <Button type="submit" loading={subscribe.isPending} disabled={!wording.data} style={{ alignSelf: 'flex-start' }}>
            Subscribe
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
