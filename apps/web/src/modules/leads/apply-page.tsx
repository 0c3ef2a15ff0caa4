import { Alert, Button, Checkbox, Container, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { CompassIcon, formErrors, PageState, useFormFields, usePageTitle } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePractice } from '../practices/use-practice';
import { consentText, useApplication } from './use-application';

// Off screen rather than display:none, which some robots recognise; hidden from assistive technology and the tab order.
const honeypotStyle = { position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' } as const;

/** /p/:slug/apply: a short application to work with the practice's coach. */
export function ApplyPage() {
  const { slug = '' } = useParams();
  const practice = usePractice(slug);
  const apply = useApplication();
  const form = useFormFields({ name: '', email: '', jobTitle: '', wantsToChange: '', preferredContactTime: '', website: '' });
  const [consent, setConsent] = useState(false);
  const [consentMissing, setConsentMissing] = useState(false);
  const errors = formErrors(apply.error, {
    'input.name': 'name',
    'input.email': 'email',
    'input.jobTitle': 'jobTitle',
    'input.wantsToChange': 'wantsToChange',
    'input.preferredContactTime': 'preferredContactTime',
    'input.consent': 'consent',
  } as const);
  usePageTitle(practice.data ? `Work with ${practice.data.coachName || practice.data.name}` : undefined);

  if (practice.isPending || practice.error || !practice.data) {
    return <Container size="sm">{practiceState()}</Container>;
  }
  const { name: practiceName, coachName } = practice.data;

  function practiceState() {
    if (practice.isPending) return <PageState kind="loading" label="Loading the practice" />;
    if (practice.error) return <PageState kind="error" title="We could not load this practice" error={practice.error} onRetry={() => void practice.refetch()} />;
    return (
      <PageState
        kind="empty"
        icon={<CompassIcon />}
        title="No practice at this address"
        description={`Ascend has no practice at /p/${slug}. Check the link you were given.`}
        action={
          <Button component={Link} to="/">
            Go to the home page
          </Button>
        }
      />
    );
  }

  if (apply.isSuccess) {
    return (
      <Container size="sm">
        <Paper withBorder p={{ base: 'lg', sm: 'xl' }} role="status">
          <Title order={1} mb="sm">
            Thank you, {form.values.name.trim()}
          </Title>
          <Text lh={1.6}>
            {coachName || practiceName} will read your application and reply to {form.values.email.trim()}, usually within a few days.
          </Text>
          <Button component={Link} to={`/p/${slug}`} variant="default" mt="lg">
            Back to {practiceName}
          </Button>
        </Paper>
      </Container>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled({ name: 'Enter your name', email: 'Enter your email' });
    setConsentMissing(!consent);
    if (!filled || !consent) return;
    const { name, email, jobTitle, wantsToChange, preferredContactTime, website } = form.values;
    apply.mutate({ practiceSlug: slug, name: name.trim(), email: email.trim(), jobTitle, wantsToChange, preferredContactTime, consent, website });
  };

  return (
    <Container size="sm">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>Work with {coachName || practiceName}</Title>
          <Text c="gray.7">A few questions, so the first conversation starts in the right place. It takes two minutes.</Text>
        </Stack>
        <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {errors.message && (
                <Alert color="red" variant="light" title="Your application was not sent">
                  {errors.message}
                </Alert>
              )}
              <TextInput label="Name" required autoComplete="name" {...form.bind('name')} error={form.missing.name ?? errors.fields.name} />
              <TextInput label="Email" type="email" required autoComplete="email" {...form.bind('email')} error={form.missing.email ?? errors.fields.email} />
              <TextInput label="Your role" placeholder="e.g. Head of Engineering" autoComplete="organization-title" {...form.bind('jobTitle')} error={errors.fields.jobTitle} />
              <Textarea label="What do you want to change?" autosize minRows={3} maxLength={2000} {...form.bind('wantsToChange')} error={errors.fields.wantsToChange} />
              <TextInput label="When is a good time to reach you?" placeholder="e.g. weekday mornings" {...form.bind('preferredContactTime')} error={errors.fields.preferredContactTime} />
              <div style={honeypotStyle} aria-hidden="true">
                <label htmlFor="apply-website">Website</label>
                <input id="apply-website" name="website" type="text" tabIndex={-1} autoComplete="off" {...form.bind('website')} />
              </div>
              <Checkbox
                label={consentText(practiceName)}
                checked={consent}
                onChange={(event) => {
                  setConsent(event.currentTarget.checked);
                  setConsentMissing(false);
                }}
                error={consentMissing ? 'Please agree, so the coach may contact you' : errors.fields.consent}
              />
              <Button type="submit" loading={apply.isPending} style={{ alignSelf: 'flex-start' }}>
                Send my application
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
