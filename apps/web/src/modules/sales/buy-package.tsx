import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { formErrors, useFormFields } from '@ascend/web/ui';
import type { FormEvent } from 'react';
import { useSession } from '../auth/auth-provider';
import { priceText } from './sales-text';
import { type PublicPackage, useBuyPackage } from './use-public-packages';

/**
 * The package's checkout: signed in, one click buys for the account; otherwise a name and an address, where the
 * receipt and the first steps go. Either way the payment itself happens on Stripe's page.
 */
export function BuyPackage({ practiceSlug, offering }: { practiceSlug: string; offering: PublicPackage }) {
  const session = useSession();
  const signedIn = session.status === 'signed-in' ? session : null;
  const membership = signedIn?.viewer.memberships.find((m) => m.practiceSlug === practiceSlug) ?? null;
  const buy = useBuyPackage(membership?.practiceId ?? null);
  const form = useFormFields({ name: '', email: '' });
  const errors = formErrors(buy.error, { 'input.name': 'name', 'input.email': 'email' } as const);
  const input = { practiceSlug, offeringSlug: offering.slug };
  // Still loading once it succeeded: the browser is on its way to Stripe.
  const leaving = buy.isPending || buy.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ name: 'Enter your name', email: 'Enter your email' })) return;
    buy.mutate({ ...input, name: form.values.name.trim(), email: form.values.email.trim() });
  };

  return (
    <Paper component="section" aria-labelledby="buy-package" withBorder p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id="buy-package">
          Get started
        </Title>
        <Text size="sm" c="gray.7">
          {priceText(offering)}, paid securely on Stripe’s page. You become a client of the practice and receive the first steps by email.
        </Text>
        {errors.message && (
          <Alert color="red" variant="light" title="The payment page did not open" w="100%">
            {errors.message}
          </Alert>
        )}
        {signedIn ? (
          <>
            <Text>
              You’re signed in as {signedIn.viewer.account.name} ({signedIn.viewer.account.email}).
            </Text>
            <Button loading={leaving} onClick={() => buy.mutate(input)}>
              Buy as {signedIn.viewer.account.name}
            </Button>
          </>
        ) : (
          <form onSubmit={submit} noValidate style={{ width: '100%' }} aria-label="Your details">
            <Stack gap="md">
              <TextInput label="Name" required autoComplete="name" {...form.bind('name')} error={form.missing.name ?? errors.fields.name} />
              <TextInput label="Email" type="email" required autoComplete="email" {...form.bind('email')} error={form.missing.email ?? errors.fields.email} />
              <Button type="submit" loading={leaving} style={{ alignSelf: 'flex-start' }}>
                Continue to payment
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
