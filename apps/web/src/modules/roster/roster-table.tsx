import { Alert, Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { dayNames, statusColors, statusLabels } from './roster-labels';
import { type RosterClient, useRosterActions } from './use-roster';

/** The roster's rows: each links to the client's page; leads without an account can be invited. */
export function RosterTable({ clients, onEdit }: { clients: RosterClient[]; onEdit: (client: RosterClient) => void }) {
  const practice = useCurrentPractice();
  const invites = allows(practice.role, 'inviteClients');
  const { invite } = useRosterActions();

  return (
    <>
      {invite.error && (
        <Alert color="red" variant="light" title="The invitation was not sent" mb="sm" withCloseButton onClose={() => invite.reset()}>
          {invite.error.message}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Coach</Table.Th>
              <Table.Th>Tags</Table.Th>
              <Table.Th>Check-in</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.map((client) => (
              <Table.Tr key={client.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/app/clients/${client.id}`} fw={600}>
                    {client.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {client.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={statusColors[client.status]} variant="light">
                      {statusLabels[client.status]}
                    </Badge>
                    {client.invitationPending && (
                      <Badge color="blue" variant="outline">
                        Invited
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{client.coach?.name ?? <Text c="dimmed">No coach yet</Text>}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {client.tags.map((tag) => (
                      <Badge key={tag} variant="default" tt="none">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dayNames[client.checkInDay - 1]}</Text>
                  <Text size="xs" c="dimmed">
                    {client.timeZone}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {invites && !client.hasAccount && !client.invitationPending && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={invite.isPending && invite.variables === client.id}
                        onClick={() => invite.mutate(client.id)}
                        aria-label={`Invite ${client.name} as a client`}
                      >
                        Invite
                      </Button>
                    )}
                    <Button size="xs" variant="default" onClick={() => onEdit(client)} aria-label={`Edit ${client.name}`}>
                      Edit
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
