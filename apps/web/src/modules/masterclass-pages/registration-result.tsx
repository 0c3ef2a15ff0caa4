import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { PayForSeat } from '../sales/pay-for-seat';
import { holdEndText } from './registration-status';
import type { RegisteredSeat, RegistrationOutcome } from './use-registration';

/** What registering did, in place of the form: a seat, a place on the waitlist, a seat held for payment, or nothing new. */
export function RegistrationResult({ outcome }: { outcome: RegistrationOutcome }) {
  if (outcome.alreadyRegistered) {
    return (
      <ResultPanel title="You’re already registered">
        <Text lh={1.6}>
          We’ve emailed your details again to {outcome.email}. That mail has the link to see or cancel your registration.
        </Text>
      </ResultPanel>
    );
  }
  const { registration } = outcome;
  switch (registration.status) {
    case 'CONFIRMED':
      return (
        <ResultPanel title="You’re in">
          <Text lh={1.6}>Check your email ({registration.email}) for the link to join and the calendar invite.</Text>
          <Group gap="sm">
            <Button component="a" href={registration.calendarUrl}>
              Add to calendar
            </Button>
            <ManageLink registration={registration} />
          </Group>
        </ResultPanel>
      );
    case 'WAITLISTED':
      return (
        <ResultPanel title="You’re on the waitlist">
          <Text lh={1.6}>
            You’re number {registration.waitlistPosition} on the waitlist; we’ll email you at {registration.email} if a seat frees up.
          </Text>
          <ManageLink registration={registration} />
        </ResultPanel>
      );
    case 'PENDING_PAYMENT':
      return (
        <ResultPanel title="Your seat is held">
          <Text lh={1.6}>
            We’re holding your seat until {registration.holdExpiresAt ? holdEndText(registration.holdExpiresAt) : 'you pay'}: it is yours once the payment goes
            through. We’ve emailed the details to {registration.email}.
          </Text>
          <PayForSeat token={registration.manageToken} />
          <ManageLink registration={registration} />
        </ResultPanel>
      );
    case 'CANCELLED':
      return (
        <ResultPanel title="This registration is cancelled">
          <ManageLink registration={registration} />
        </ResultPanel>
      );
  }
}

/** Takes the focus when it appears, so a screen reader announces the result that replaced the form. */
function ResultPanel({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} role="status">
      <Stack gap="md" align="flex-start">
        <Title order={2} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function ManageLink({ registration }: { registration: RegisteredSeat }) {
  return (
    <Button component={Link} to={manageRegistrationPath(registration)} variant="default">
      Manage your registration
    </Button>
  );
}

/** The registrant's own page, as the links in their mails open it. */
export function manageRegistrationPath(registration: Pick<RegisteredSeat, 'manageToken' | 'masterclass'>): string {
  return `/p/${registration.masterclass.practiceSlug}/registrations/${registration.manageToken}`;
}
