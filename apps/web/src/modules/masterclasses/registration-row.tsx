import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Attendance } from '@ascend/web/data-access';
import { formatDateTime } from '@ascend/web/ui';
import { Link } from 'react-router';
import { attendanceLabels, registrationStatusColors, registrationStatusLabels, sourceLabels } from './masterclass-labels';
import type { CoachRegistration } from './use-registrations';

interface RegistrationRowProps {
  registration: CoachRegistration;
  started: boolean;
  marking: boolean;
  onMark: (attendance: Attendance | null) => void;
  inviting: boolean;
  /** Invited just now, before the list has refreshed. */
  invited: boolean;
  onInvite: () => void;
}

/** "Newsletter · issue 42 · utm: linkedin / spring-launch" */
function originInWords({ origin }: CoachRegistration): string {
  const utm = [origin.utmSource, origin.utmMedium, origin.utmCampaign].filter(Boolean).join(' / ');
  return [sourceLabels[origin.source], origin.newsletterIssue && `issue ${origin.newsletterIssue}`, utm && `utm: ${utm}`].filter(Boolean).join(' · ');
}

export function RegistrationRow({ registration, started, marking, onMark, inviting, invited, onInvite }: RegistrationRowProps) {
  const { name, status } = registration;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="sm" c="dimmed">
          {registration.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Badge variant="light" color={registrationStatusColors[status]}>
            {registrationStatusLabels[status]}
          </Badge>
          {registration.waitlistPosition !== null && <Text size="xs">Position {registration.waitlistPosition}</Text>}
          {registration.holdExpiresAt && status === 'PENDING_PAYMENT' && <Text size="xs">Seat held until {formatDateTime(registration.holdExpiresAt)}</Text>}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(registration.registeredAt)}</Text>
      </Table.Td>
      <Table.Td maw={280}>
        {registration.question ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {registration.question}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No question
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{originInWords(registration)}</Text>
      </Table.Td>
      {started && (
        <Table.Td>
          {status === 'CONFIRMED' ? (
            <Group gap={4} wrap="nowrap" role="group" aria-label={`Attendance of ${name}`}>
              {(['ATTENDED', 'NO_SHOW'] as const).map((attendance) => {
                const chosen = registration.attendance === attendance;
                return (
                  <Button
                    key={attendance}
                    size="xs"
                    variant={chosen ? 'filled' : 'default'}
                    color={attendance === 'ATTENDED' ? 'teal' : 'red'}
                    aria-pressed={chosen}
                    disabled={marking}
                    // Pressing the chosen mark again clears it, for a mark made by mistake.
                    onClick={() => onMark(chosen ? null : attendance)}
                  >
                    {attendanceLabels[attendance]}
                  </Button>
                );
              })}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No seat
            </Text>
          )}
        </Table.Td>
      )}
      <Table.Td ta="right">
        <ClientCell registration={registration} inviting={inviting} invited={invited} onInvite={onInvite} />
      </Table.Td>
    </Table.Tr>
  );
}

function ClientCell({ registration, inviting, invited, onInvite }: Pick<RegistrationRowProps, 'registration' | 'inviting' | 'invited' | 'onInvite'>) {
  if (invited || registration.invitedAsClientAt) {
    return (
      <Badge color="blue" variant="outline">
        Invited as a client
      </Badge>
    );
  }
  if (registration.clientId) {
    return (
      <Anchor component={Link} to={`/app/clients/${registration.clientId}`} size="sm">
        On the roster
      </Anchor>
    );
  }
  return (
    <Button size="xs" variant="light" loading={inviting} onClick={onInvite} aria-label={`Invite ${registration.name} as a client`}>
      Invite as client
    </Button>
  );
}
