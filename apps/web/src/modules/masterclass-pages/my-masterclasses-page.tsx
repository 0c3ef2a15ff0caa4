import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { CalendarFeedCard } from './calendar-feed-card';
import { MyRegistrationList } from './my-registration-list';
import { PracticeMasterclassList } from './practice-masterclass-list';
import { useMyMasterclassRegistrations } from './use-my-masterclasses';
import { useUpcomingMasterclasses } from './use-public-masterclasses';
import type { MyRegistration } from './use-registration';

/** A masterclass still to come (or under way); the rest have ended or were cancelled by the host. */
const notOver = (registration: MyRegistration, now: number) =>
  registration.masterclass.status === 'PUBLISHED' && new Date(registration.masterclass.endsAt).getTime() > now;

function registeredTitle({ status, masterclass }: MyRegistration): string {
  if (status === 'WAITLISTED') return `On the waitlist: ${masterclass.title}`;
  if (status === 'PENDING_PAYMENT') return `Seat held: ${masterclass.title}`;
  return `You’re in: ${masterclass.title}`;
}

/** /app/portal/masterclasses: the client's registrations, the practice's upcoming masterclasses and their calendar feed. */
export function MyMasterclassesPage() {
  usePageTitle('My masterclasses');
  const practice = useCurrentPractice();
  const mine = useMyMasterclassRegistrations();
  const upcoming = useUpcomingMasterclasses(practice.practiceSlug);
  const [justRegistered, setJustRegistered] = useState<MyRegistration | null>(null);

  if (mine.isPending) return <PageState kind="loading" label="Loading your masterclasses" />;
  if (mine.isError) return <PageState kind="error" title="Your masterclasses could not be loaded" error={mine.error} onRetry={() => mine.refetch()} retrying={mine.isFetching} />;

  const now = Date.now();
  const registrations = mine.data;
  const active = registrations.filter((registration) => registration.status !== 'CANCELLED');
  // The API lists latest first: what comes next reads best soonest first. A cancelled registration of a masterclass
  // still to come is left out: the practice's list offers that masterclass again.
  const comingUp = active.filter((registration) => notOver(registration, now)).reverse();
  const past = registrations.filter((registration) => !notOver(registration, now));
  const registeredFor = new Set(active.map((registration) => registration.masterclass.id));

  return (
    <Container size="md">
      <Stack gap="xs" mb={32}>
        <Title order={1}>My masterclasses</Title>
        <Text c="gray.7">The masterclasses you registered for at {practice.practiceName}, and those coming up.</Text>
      </Stack>
      <Stack gap="xl">
        {justRegistered && (
          <Alert color="teal" variant="light" title={registeredTitle(justRegistered)} role="status" withCloseButton onClose={() => setJustRegistered(null)}>
            {justRegistered.status === 'WAITLISTED'
              ? `You’re number ${justRegistered.waitlistPosition} on the waitlist; we’ll email you if a seat frees up.`
              : 'Check your email for the details and the calendar invite.'}
          </Alert>
        )}
        <MyRegistrationList title="Coming up for you" registrations={comingUp} empty="You have not registered for an upcoming masterclass." />
        <PracticeMasterclassList
          practiceName={practice.practiceName}
          practiceId={practice.practiceId}
          query={upcoming}
          registeredFor={registeredFor}
          onRegistered={setJustRegistered}
        />
        {past.length > 0 && <MyRegistrationList title="Past and cancelled" registrations={past} />}
        <CalendarFeedCard />
      </Stack>
    </Container>
  );
}
