import { Alert, Button, Container, Stack, Text, Typography } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../auth/auth-provider';
import { GuestRegistrationForm } from './guest-registration-form';
import { OneClickRegistration } from './one-click-registration';
import { MasterclassHeading, NothingHere, QueryState } from './page-parts';
import { RegistrationResult } from './registration-result';
import { type PublicMasterclass, usePublicMasterclass } from './use-public-masterclasses';
import type { RegistrationOutcome } from './use-registration';

/**
 * /p/:slug/masterclasses/:masterclassSlug: a masterclass and its registration. The server sends the title, time and
 * description in the HTML for link previews; this page shows the same and adds the form.
 */
export function MasterclassPage() {
  const { slug = '', masterclassSlug = '' } = useParams();
  const query = usePublicMasterclass(slug, masterclassSlug);
  const [outcome, setOutcome] = useState<RegistrationOutcome | null>(null);
  const masterclass = query.data;
  usePageTitle(masterclass?.title ?? (masterclass === null ? 'Masterclass not found' : undefined));

  if (query.isPending || query.error) return <QueryState query={query} loading="Loading the masterclass" failed="We could not load this masterclass" />;
  if (!masterclass) {
    return (
      <NothingHere
        title="No masterclass at this address"
        description="It may have been moved or not be published yet. The practice’s page lists its upcoming masterclasses."
        practiceSlug={slug}
        back="See the practice’s page"
      />
    );
  }

  return (
    <Container size="sm">
      <Stack gap="xl">
        <MasterclassHeading eyebrow="Masterclass" masterclass={masterclass} showSeats />
        {/* Sanitised by the API from the host's markdown; nothing else is ever rendered as HTML here. Typography as in the host's preview. */}
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: masterclass.descriptionHtml }} />
        </Typography>
        {outcome ? <RegistrationResult outcome={outcome} /> : <Registration masterclass={masterclass} onRegistered={setOutcome} />}
        <Button component={Link} to={`/p/${masterclass.practiceSlug}`} variant="subtle" px={0} style={{ alignSelf: 'flex-start' }}>
          More from {masterclass.practiceName}
        </Button>
      </Stack>
    </Container>
  );
}

/** The form, one click for the practice's signed-in clients, or why registration is not open. */
function Registration({ masterclass, onRegistered }: { masterclass: PublicMasterclass; onRegistered: (outcome: RegistrationOutcome) => void }) {
  const session = useSession();

  if (masterclass.status === 'CANCELLED') {
    return (
      <Alert color="red" variant="light" title="This masterclass has been cancelled">
        The host cancelled it, and everyone registered has been told by email.
      </Alert>
    );
  }
  if (masterclass.status === 'COMPLETED') {
    return (
      <Alert color="gray" variant="light" title="This masterclass has taken place">
        Registrants receive the replay by email when the host shares it.
      </Alert>
    );
  }
  if (!masterclass.registrationOpen) {
    return (
      <Alert color="gray" variant="light" title="Registration has closed">
        This masterclass no longer takes registrations.
      </Alert>
    );
  }

  const full = masterclass.seatsLeft === 0;
  const signedIn = session.status === 'signed-in' ? session : null;
  const client = signedIn?.viewer.memberships.find((m) => m.practiceSlug === masterclass.practiceSlug && m.role === 'CLIENT');
  return (
    <Stack gap="md">
      {full && (
        <Alert color="orange" variant="light" title="Full – join the waitlist">
          Every seat is taken. Join the waitlist: you’ll learn your place at once, and we’ll email you if a seat frees up.
        </Alert>
      )}
      {masterclass.price && !full && (
        <Text size="sm" c="gray.7">
          Registering holds a seat for you for a short time while you pay; it is yours once the payment goes through.
        </Text>
      )}
      {signedIn && client ? (
        <OneClickRegistration masterclass={masterclass} viewer={signedIn.viewer} membership={client} onRegistered={onRegistered} />
      ) : (
        <GuestRegistrationForm masterclass={masterclass} onRegistered={onRegistered} />
      )}
    </Stack>
  );
}
