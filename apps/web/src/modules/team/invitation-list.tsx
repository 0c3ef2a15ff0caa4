import { Badge, Box, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { InvitationStatus } from '@ascend/web/data-access';
import { formatDate } from '@ascend/web/ui';
import { invitationStatusNames, invitedAs, roleNames } from '../auth/permissions';
import type { Invitation } from './use-team';

const statusColors: Record<InvitationStatus, string> = { PENDING: 'blue', ACCEPTED: 'teal', REVOKED: 'gray', EXPIRED: 'orange' };

/** Long addresses break where they must instead of pushing the layout sideways. */
const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

/** Invitations not yet accepted or revoked can be sent again (with a new link) or withdrawn. */
export function isOpen(invitation: Invitation): boolean {
  return invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
}

export interface InvitationListProps {
  invitations: Invitation[];
  busy: (invitation: Invitation) => boolean;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
}

type InvitationProps = Omit<InvitationListProps, 'invitations'> & { invitation: Invitation };

function StatusBadge({ status }: { status: InvitationStatus }) {
  return (
    // Outlined in the darkest shade: the light variant's pale text on its tint is too faint to read (WCAG AA).
    <Badge variant="outline" color={`${statusColors[status]}.9`} style={{ flexShrink: 0 }}>
      {invitationStatusNames[status]}
    </Badge>
  );
}

function sentTimes(count: number): string {
  return count === 1 ? 'Once' : `${count} times`;
}

function InvitationActions({ invitation, busy, onResend, onRevoke }: InvitationProps) {
  if (!isOpen(invitation)) return null;
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        variant="subtle"
        disabled={busy(invitation)}
        onClick={() => onResend(invitation)}
        aria-label={`Resend the invitation to ${invitation.email}`}
      >
        Resend
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        disabled={busy(invitation)}
        onClick={() => onRevoke(invitation)}
        aria-label={`Revoke the invitation to ${invitation.email}`}
      >
        Revoke
      </Button>
    </Group>
  );
}

/** Wide screens: one row per invitation. */
export function InvitationTable({ invitations, ...actions }: InvitationListProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Invited as</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Invited by</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td>
                <Text size="sm" style={wrapAnywhere}>
                  {invitation.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{roleNames[invitation.role]}</Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={invitation.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{isOpen(invitation) ? formatDate(invitation.expiresAt) : '–'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{sentTimes(invitation.sentCount)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={wrapAnywhere}>
                  {invitation.invitedByName ?? '–'}
                </Text>
              </Table.Td>
              <Table.Td>
                <InvitationActions invitation={invitation} {...actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the table says in its other columns, as one line under the address. */
function cardDetails(invitation: Invitation): string {
  const sent = invitation.sentCount === 1 ? 'Sent once' : `Sent ${invitation.sentCount} times`;
  return [sent, invitation.invitedByName && `by ${invitation.invitedByName}`, isOpen(invitation) && `expires ${formatDate(invitation.expiresAt)}`]
    .filter(Boolean)
    .join(' · ');
}

/** Phones: one card per invitation. */
export function InvitationCards({ invitations, ...actions }: InvitationListProps) {
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none', display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
      {invitations.map((invitation) => (
        <Paper key={invitation.id} component="li" withBorder p="md">
          <Stack gap="xs">
            <Text size="sm" fw={600} style={wrapAnywhere}>
              {invitation.email}
            </Text>
            <Group gap="xs">
              <StatusBadge status={invitation.status} />
              <Text size="sm">{invitedAs(invitation.role)}</Text>
            </Group>
            <Text size="xs" c="dimmed" style={wrapAnywhere}>
              {cardDetails(invitation)}
            </Text>
            <InvitationActions invitation={invitation} {...actions} />
          </Stack>
        </Paper>
      ))}
    </Box>
  );
}
