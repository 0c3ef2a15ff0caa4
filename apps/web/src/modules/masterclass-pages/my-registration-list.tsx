import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MasterclassFacts } from './masterclass-facts';
import { manageRegistrationPath } from './registration-result';
import { statusLabel } from './registration-status';
import type { MyRegistration } from './use-registration';

/** A titled list of the client's registrations: status, the join link once confirmed, the replay, their own page. */
export function MyRegistrationList({ title, registrations, empty }: { title: string; registrations: MyRegistration[]; empty?: string }) {
  const id = `my-masterclasses-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="lg">
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {registrations.length === 0 ? (
        <Text c="gray.7">{empty}</Text>
      ) : (
        <Stack component="ul" gap="xl" p={0} m={0} style={{ listStyle: 'none' }}>
          {registrations.map((registration) => (
            <RegistrationItem key={registration.id} registration={registration} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function RegistrationItem({ registration }: { registration: MyRegistration }) {
  const { masterclass } = registration;
  const status = statusLabel(registration);
  return (
    <Stack component="li" gap="xs" aria-label={masterclass.title}>
      <Group gap="sm">
        <Title order={3} size="h5">
          {masterclass.title}
        </Title>
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
        {masterclass.status === 'CANCELLED' && (
          <Badge color="red" variant="light">
            Cancelled by the host
          </Badge>
        )}
      </Group>
      <MasterclassFacts masterclass={masterclass} showSeats={false} />
      <Group gap="xs">
        {registration.joinUrl && (
          <Button component="a" href={registration.joinUrl} target="_blank" rel="noopener noreferrer" size="xs">
            Join
          </Button>
        )}
        {registration.replayUrl && (
          <Button component="a" href={registration.replayUrl} target="_blank" rel="noopener noreferrer" size="xs" variant="default">
            Watch the replay
          </Button>
        )}
        <Button component={Link} to={manageRegistrationPath(registration)} size="xs" variant="default">
          Manage
        </Button>
      </Group>
    </Stack>
  );
}
