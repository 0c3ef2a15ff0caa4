import { Alert, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { InvitationStatus } from '@ascend/web/data-access';
import { formatDate, PageState } from '@ascend/web/ui';
import { roleNames } from '../auth/permissions';
import { type Invitation, useInvitationActions, useInvitations } from './use-team';

const STATUS: Record<InvitationStatus, { label: string; color: string }> = {
  PENDING: { label: 'Pending', color: 'blue' },
  ACCEPTED: { label: 'Accepted', color: 'teal' },
  REVOKED: { label: 'Revoked', color: 'gray' },
  EXPIRED: { label: 'Expired', color: 'orange' },
};

/** Invitations not yet accepted or revoked can be sent again (with a new link) or withdrawn. */
function isOpen(invitation: Invitation): boolean {
  return invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
}

export function InvitationsSection() {
  const invitations = useInvitations();
  const { resend, revoke } = useInvitationActions();
  const failure = resend.error ?? revoke.error;
  const busy = (id: string) => (resend.isPending && resend.variables === id) || (revoke.isPending && revoke.variables === id);

  return (
    <Stack component="section" aria-labelledby="invitations-heading" gap="md">
      <Title order={2} size="h3" id="invitations-heading">
        Invitations
      </Title>
      {failure && (
        <Alert
          color="red"
          variant="light"
          title="That change was not made"
          withCloseButton
          onClose={() => {
            resend.reset();
            revoke.reset();
          }}
        >
          {failure.message}
        </Alert>
      )}
      {resend.isSuccess && !failure && (
        <Alert color="teal" variant="light" title="Invitation sent again" withCloseButton onClose={() => resend.reset()}>
          We mailed {resend.data.email} a new link; the earlier one no longer works.
        </Alert>
      )}
      {invitations.isPending ? (
        <PageState kind="loading" label="Loading the invitations" />
      ) : invitations.error ? (
        <PageState
          kind="error"
          title="The invitations did not load"
          error={invitations.error}
          onRetry={() => void invitations.refetch()}
          retrying={invitations.isRefetching}
        />
      ) : invitations.data.length === 0 ? (
        <Text c="dimmed">No invitations yet. Invite a coach or a client above, and you can follow their invitation here.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
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
              {invitations.data.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm">{invitation.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{roleNames[invitation.role]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS[invitation.status].color}>
                      {STATUS[invitation.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{isOpen(invitation) ? formatDate(invitation.expiresAt) : '–'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.sentCount === 1 ? 'Once' : `${invitation.sentCount} times`}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.invitedByName ?? '–'}</Text>
                  </Table.Td>
                  <Table.Td>
                    {isOpen(invitation) && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          disabled={busy(invitation.id)}
                          onClick={() => resend.mutate(invitation.id)}
                          aria-label={`Resend the invitation to ${invitation.email}`}
                        >
                          Resend
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          disabled={busy(invitation.id)}
                          onClick={() => revoke.mutate(invitation.id)}
                          aria-label={`Revoke the invitation to ${invitation.email}`}
                        >
                          Revoke
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
