import { Alert, Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { MasterclassHeading, NothingHere, QueryState } from './page-parts';
import { holdEndText, statusLabel } from './registration-status';
import { type MyRegistration, useCancelByLink, useRegistrationByLink } from './use-registration';

/** /p/:slug/registrations/:token: a registrant's own page, opened from the signed link in every mail. */
export function ManageRegistrationPage() {
  const { slug = '', token = '' } = useParams();
  const query = useRegistrationByLink(token);
  const registration = query.data;
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
        <RegistrationStatus registration={registration} />
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

function RegistrationStatus({ registration }: { registration: MyRegistration }) {
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
