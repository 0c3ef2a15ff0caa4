import { Alert, Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PayForSeat } from '../sales/pay-for-seat';
import { useBriefPolling } from '../sales/use-brief-polling';
import { MasterclassHeading, NothingHere, QueryState } from './page-parts';
import { holdEndText, statusLabel } from './registration-status';
import { type MyRegistration, useCancelByLink, useRegistrationByLink } from './use-registration';

/**
 * /p/:slug/registrations/:token: a registrant's own page, opened from the signed link in every mail. Stripe's checkout
 * returns here (`?checkout=success|cancelled`); after a payment the page asks again until Stripe's webhook confirmed the seat.
 */
export function ManageRegistrationPage() {
  const { slug = '', token = '' } = useParams();
  const [search] = useSearchParams();
  const checkout = search.get('checkout');
  const query = useRegistrationByLink(token);
  const registration = query.data;
  const { gaveUp } = useBriefPolling(checkout === 'success' && registration?.status === 'PENDING_PAYMENT', query.refetch);
  const invalid = query.error instanceof GraphQLRequestError && query.error.code === 'NOT_FOUND';
  usePageTitle(registration ? `Your registration: ${registration.masterclass.title}` : invalid ? 'Link not valid' : undefined);

  if (invalid) {
    return (
      <NothingHere
        title="This link is not valid"
        description="It may be incomplete or changed. Open the link in your latest email about the masterclass, or copy the whole link into your browser."
        practiceSlug={slug}
        back="See the practice’s masterclasses"
      />
    );
  }
  if (!registration) return <QueryState query={query} loading="Loading your registration" failed="We could not load your registration" />;

  return (
    <Container size="sm">
      <Stack gap="xl">
        <MasterclassHeading eyebrow="Your registration" masterclass={registration.masterclass} showSeats={false} />
        <CheckoutNotice checkout={checkout} registration={registration} late={gaveUp} />
        <RegistrationStatus registration={registration} token={token} paid={checkout === 'success'} />
        <CancelRegistration registration={registration} token={token} />
        <Button
          component={Link}
          to={`/p/${registration.masterclass.practiceSlug}/masterclasses/${registration.masterclass.slug}`}
          variant="subtle"
          px={0}
          style={{ alignSelf: 'flex-start' }}
        >
          See the masterclass page
        </Button>
      </Stack>
    </Container>
  );
}

/** What came of Stripe's checkout, for a seat that was held for payment. */
function CheckoutNotice({ checkout, registration, late }: { checkout: string | null; registration: MyRegistration; late: boolean }) {
  if (checkout === 'success' && registration.status === 'PENDING_PAYMENT') {
    return (
      <Alert color="blue" variant="light" title="Payment received: your seat is confirmed in a moment" role="status">
        {late
          ? 'Stripe’s confirmation is taking longer than usual. Reload this page in a few minutes; there is no need to pay again.'
          : 'We’re waiting for Stripe’s confirmation; this page updates by itself.'}
      </Alert>
    );
  }
  if (checkout === 'success' && registration.status === 'CONFIRMED') {
    return (
      <Alert color="teal" variant="light" title="Payment received: your seat is confirmed" role="status">
        Thank you. Everything you need to join is below.
      </Alert>
    );
  }
  if (checkout === 'cancelled' && registration.status === 'PENDING_PAYMENT') {
    return (
      <Alert color="gray" variant="light" title="Checkout cancelled: nothing was charged" role="status">
        Your seat stays held{registration.holdExpiresAt ? ` until ${holdEndText(registration.holdExpiresAt)}` : ''}. Pay below to make it yours.
      </Alert>
    );
  }
  return null;
}

/** The registration's status and links; a seat held for payment can be paid for here, unless the payment just went through. */
function RegistrationStatus({ registration, token, paid }: { registration: MyRegistration; token: string; paid: boolean }) {
  const status = statusLabel(registration);
  const { masterclass } = registration;
  const inCalendar = registration.status !== 'CANCELLED' && masterclass.status !== 'CANCELLED';
  return (
    <Paper component="section" aria-labelledby="registration-status" withBorder p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="md" align="flex-start">
        <Group gap="sm">
          <Title order={2} size="h3" id="registration-status">
            {registration.name}
          </Title>
          <Badge color={status.color} variant="light" size="lg">
            {status.label}
          </Badge>
        </Group>
        <Text c="gray.7">{registration.email}</Text>
        {masterclass.status === 'CANCELLED' && (
          <Alert color="red" variant="light" title="The host cancelled this masterclass" w="100%">
            There is nothing to join; you were told by email.
          </Alert>
        )}
        {registration.status === 'WAITLISTED' && (
          <Text>You’re number {registration.waitlistPosition} on the waitlist. We’ll email you if a seat frees up.</Text>
        )}
        {registration.status === 'PENDING_PAYMENT' && registration.holdExpiresAt && (
          <Text>Your seat is held until {holdEndText(registration.holdExpiresAt)}; it is yours once the payment goes through.</Text>
        )}
        {registration.status === 'PENDING_PAYMENT' && !paid && <PayForSeat token={token} />}
        {(registration.joinUrl || registration.replayUrl || inCalendar) && (
          <Group gap="sm">
            {registration.joinUrl && (
              <Button component="a" href={registration.joinUrl} target="_blank" rel="noopener noreferrer">
                Join the masterclass
              </Button>
            )}
            {registration.replayUrl && (
              <Button component="a" href={registration.replayUrl} target="_blank" rel="noopener noreferrer" variant={registration.joinUrl ? 'default' : 'filled'}>
                Watch the replay
              </Button>
            )}
            {inCalendar && (
              <Button component="a" href={registration.calendarUrl} variant="default">
                Add to calendar
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Cancelling asks once more, since the seat goes to the next person at once and cannot be taken back. */
function CancelRegistration({ registration, token }: { registration: MyRegistration; token: string }) {
  const cancel = useCancelByLink(token);
  const [confirming, setConfirming] = useState(false);
  const { masterclass } = registration;

  if (cancel.isSuccess) {
    return (
      <Alert color="teal" variant="light" title="Your registration is cancelled" role="status">
        We’ve emailed you a confirmation. Changed your mind? Register again on the masterclass page while it takes registrations.
      </Alert>
    );
  }
  const cancellable = registration.status !== 'CANCELLED' && masterclass.status === 'PUBLISHED' && new Date(masterclass.startsAt).getTime() > Date.now();
  if (!cancellable) return null;

  const consequence = registration.status === 'WAITLISTED' ? 'You leave the waitlist' : 'Your seat goes to the next person on the waitlist';
  return (
    <Paper component="section" aria-labelledby="cancel-registration" withBorder p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="cancel-registration">
          Can’t make it?
        </Title>
        {cancel.error && (
          <Alert color="red" variant="light" title="Your registration is not cancelled" w="100%">
            {cancel.error.message}
          </Alert>
        )}
        {confirming ? (
          <>
            <Text>Cancel your registration? {consequence} at once; this cannot be undone.</Text>
            <Group gap="sm">
              <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>
                Yes, cancel my registration
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)} disabled={cancel.isPending}>
                Keep my registration
              </Button>
            </Group>
          </>
        ) : (
          <Button variant="default" onClick={() => setConfirming(true)}>
            Cancel my registration
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
