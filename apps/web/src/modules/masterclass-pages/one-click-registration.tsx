import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { Membership, Viewer } from '../auth/session-store';
import type { PublicMasterclass } from './use-public-masterclasses';
import { type RegistrationOutcome, useOneClickRegistration } from './use-registration';

/** A signed-in client of the practice registers with the name and address of their account: no form to fill. */
export function OneClickRegistration({
  masterclass,
  viewer,
  membership,
  onRegistered,
}: {
  masterclass: PublicMasterclass;
  viewer: Viewer;
  membership: Membership;
  onRegistered: (outcome: RegistrationOutcome) => void;
}) {
  const register = useOneClickRegistration(membership.practiceId);
  const full = masterclass.seatsLeft === 0;

  return (
    <Paper component="section" aria-labelledby="register" withBorder p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id="register">
          {full ? 'Join the waitlist' : 'Register'}
        </Title>
        <Text>
          You’re signed in as {viewer.account.name} ({viewer.account.email}), a client of {membership.practiceName}.
        </Text>
        {register.error && (
          <Alert color="red" variant="light" title="You are not registered yet" w="100%">
            {register.error.message}
          </Alert>
        )}
        <Button
          loading={register.isPending}
          onClick={() => register.mutate(masterclass.id, { onSuccess: (registration) => onRegistered({ alreadyRegistered: false, registration }) })}
        >
          {full ? 'Join the waitlist with one click' : 'Register with one click'}
        </Button>
      </Stack>
    </Paper>
  );
}
