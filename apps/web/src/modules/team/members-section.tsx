import { Alert, Badge, Button, Group, Modal, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Role } from '@ascend/web/data-access';
import { formatDate, PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { useCurrentPractice, useSignedIn } from '../auth/auth-provider';
import { allows, ROLES, roleNames } from '../auth/permissions';
import { type TeamMember, useMemberActions, useTeam } from './use-team';

export function MembersSection() {
  const practice = useCurrentPractice();
  const { viewer } = useSignedIn();
  const team = useTeam();
  const { changeRole, remove } = useMemberActions();
  // Kept after the dialog closes, so its text does not change while it fades out.
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [confirming, setConfirming] = useState(false);
  const managesMembers = allows(practice.role, 'manageMembers');
  const failure = changeRole.error ?? remove.error;

  return (
    <Stack component="section" aria-labelledby="members-heading" gap="md">
      <Title order={2} size="h3" id="members-heading">
        Members
      </Title>
      {failure && (
        <Alert color="red" variant="light" title="That change was not made" withCloseButton
          onClose={() => {
            changeRole.reset();
            remove.reset();
          }}
        >
          {failure.message}
        </Alert>
      )}
      {team.isPending ? (
        <PageState kind="loading" label="Loading the members" />
      ) : team.error ? (
        <PageState kind="error" title="The members did not load" error={team.error} onRetry={() => void team.refetch()} retrying={team.isRefetching} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Joined</Table.Th>
                {managesMembers && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.data.map((member) => {
                const isMe = member.userId === viewer.account.id;
                return (
                  <Table.Tr key={member.membershipId}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {member.name}
                        </Text>
                        {isMe && (
                          <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
                            You
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{member.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      {managesMembers ? (
                        <NativeSelect
                          size="xs"
                          aria-label={`Role of ${member.name}`}
                          data={ROLES.map((role) => ({ value: role, label: roleNames[role] }))}
                          value={member.role}
                          disabled={changeRole.isPending && changeRole.variables.membershipId === member.membershipId}
                          onChange={(event) => changeRole.mutate({ membershipId: member.membershipId, role: event.currentTarget.value as Role })}
                          w={120}
                        />
                      ) : (
                        <Badge variant="light">{roleNames[member.role]}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(member.joinedAt)}</Text>
                    </Table.Td>
                    {managesMembers && (
                      <Table.Td ta="right">
                        {!isMe && (
                          <Button size="xs" variant="subtle" color="red" onClick={() => {
                              setRemoving(member);
                              setConfirming(true);
                            }} aria-label={`Remove ${member.name}`}>
                            Remove
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Remove ${removing?.name ?? ''}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {removing?.name} ({removing?.email}) loses access to {practice.practiceName} at once. You can invite them again later.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => removing && remove.mutate(removing.membershipId, { onSettled: () => setConfirming(false) })}
            >
              Remove from the practice
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
