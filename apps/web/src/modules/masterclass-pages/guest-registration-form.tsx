import { Alert, Button, Checkbox, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { formErrors, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { registrationConsentText } from './masterclass-text';
import { registrationOrigin } from './registration-origin';
import type { PublicMasterclass } from './use-public-masterclasses';
import { type RegistrationOutcome, useGuestRegistration } from './use-registration';

// Off screen rather than display:none, which some robots recognise; hidden from assistive technology and the tab order.
const honeypotStyle = { position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' } as const;

/** Registration without an account: name, email, a question for the host, consent, and a honeypot for robots. */
export function GuestRegistrationForm({ masterclass, onRegistered }: { masterclass: PublicMasterclass; onRegistered: (outcome: RegistrationOutcome) => void }) {
  const [search] = useSearchParams();
  const register = useGuestRegistration();
  const form = useFormFields({ name: '', email: '', question: '', website: '' });
  const [consent, setConsent] = useState(false);
  const [consentMissing, setConsentMissing] = useState(false);
  const errors = formErrors(register.error, { 'input.name': 'name', 'input.email': 'email', 'input.question': 'question', 'input.consent': 'consent' } as const);
  const full = masterclass.seatsLeft === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled({ name: 'Enter your name', email: 'Enter your email' });
    setConsentMissing(!consent);
    if (!filled || !consent) return;
    const { name, email, question, website } = form.values;
    register.mutate(
      {
        practiceSlug: masterclass.practiceSlug,
        masterclassSlug: masterclass.slug,
        name: name.trim(),
        email: email.trim(),
        question: question.trim(),
        consent,
        website,
        origin: registrationOrigin(search),
      },
      { onSuccess: onRegistered },
    );
  };

  return (
    <Paper component="section" aria-labelledby="register" withBorder p={{ base: 'md', sm: 'xl' }}>
      <Title order={2} size="h3" id="register" mb="md">
        {full ? 'Join the waitlist' : 'Register'}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="You are not registered yet">
              {errors.message}
            </Alert>
          )}
          <TextInput label="Name" required autoComplete="name" {...form.bind('name')} error={form.missing.name ?? errors.fields.name} />
          <TextInput label="Email" type="email" required autoComplete="email" {...form.bind('email')} error={form.missing.email ?? errors.fields.email} />
          <Textarea
            label="A question for the host"
            description="Optional: what you would like the masterclass to answer."
            autosize
            minRows={2}
            maxLength={2000}
            {...form.bind('question')}
            error={errors.fields.question}
          />
          <div style={honeypotStyle} aria-hidden="true">
            <label htmlFor="register-website">Website</label>
            <input id="register-website" name="website" type="text" tabIndex={-1} autoComplete="off" {...form.bind('website')} />
          </div>
          <Checkbox
            label={registrationConsentText(masterclass.practiceName)}
            checked={consent}
            onChange={(event) => {
              setConsent(event.currentTarget.checked);
              setConsentMissing(false);
            }}
            error={consentMissing ? 'Please agree, so the host may email you the details' : errors.fields.consent}
          />
          <Button type="submit" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
            {full ? 'Join the waitlist' : masterclass.price ? 'Reserve my seat' : 'Register'}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
