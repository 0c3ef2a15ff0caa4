import { Badge, Box, Button, Group, NativeSelect, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Role } from '@ascend/web/data-access';
import { formatDate } from '@ascend/web/ui';
import { ROLES, roleNames } from '../auth/permissions';
import type { TeamMember } from './use-team';

/** Long names and addresses break where they must instead of pushing the layout sideways. */
const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

export interface MemberListProps {
  members: TeamMember[];
  viewerId: string;
  /** Owners change roles and remove people; everyone else only reads. */
  managesMembers: boolean;
  /** The role the select shows: the member's, or the one chosen and waiting for confirmation. */
  shownRole: (member: TeamMember) => Role;
  busy: (member: TeamMember) => boolean;
  onChooseRole: (member: TeamMember, role: Role) => void;
  onRemove: (member: TeamMember) => void;
}

type MemberProps = Omit<MemberListProps, 'members' | 'viewerId'> & { member: TeamMember };

function RoleControl({ member, managesMembers, shownRole, busy, onChooseRole }: MemberProps) {
  if (!managesMembers) return <Badge variant="light">{roleNames[member.role]}</Badge>;
  return (
    <NativeSelect
      size="xs"
      aria-label={`Role of ${member.name}`}
      data={ROLES.map((role) => ({ value: role, label: roleNames[role] }))}
      value={shownRole(member)}
      disabled={busy(member)}
      onChange={(event) => onChooseRole(member, event.currentTarget.value as Role)}
      w={120}
    />
  );
}

function RemoveButton({ member, busy, onRemove }: Pick<MemberProps, 'member' | 'busy' | 'onRemove'>) {
  return (
    <Button size="xs" variant="subtle" color="red" disabled={busy(member)} onClick={() => onRemove(member)} aria-label={`Remove ${member.name}`}>
      Remove
    </Button>
  );
}

function MemberName({ member, isMe }: { member: TeamMember; isMe: boolean }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" fw={600} style={wrapAnywhere}>
        {member.name}
      </Text>
      {isMe && (
        <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
          You
        </Badge>
      )}
    </Group>
  );
}

/** Wide screens: one row per member. */
export function MemberTable({ members, viewerId, ...actions }: MemberListProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Joined</Table.Th>
            {actions.managesMembers && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.membershipId}>
              <Table.Td>
                <MemberName member={member} isMe={member.userId === viewerId} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={wrapAnywhere}>
                  {member.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <RoleControl member={member} {...actions} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(member.joinedAt)}</Text>
              </Table.Td>
              {actions.managesMembers && <Table.Td ta="right">{member.userId !== viewerId && <RemoveButton member={member} {...actions} />}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: one card per member, with everything a row has and nothing hidden off the side. */
export function MemberCards({ members, viewerId, ...actions }: MemberListProps) {
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none', display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
      {members.map((member) => {
        const isMe = member.userId === viewerId;
        return (
          <Paper key={member.membershipId} component="li" withBorder p="md">
            <Stack gap="xs">
              <MemberName member={member} isMe={isMe} />
              <Text size="sm" style={wrapAnywhere}>
                {member.email}
              </Text>
              <Text size="xs" c="dimmed">
                Joined {formatDate(member.joinedAt)}
              </Text>
              <Group justify="space-between" gap="xs">
                <RoleControl member={member} {...actions} />
                {actions.managesMembers && !isMe && <RemoveButton member={member} {...actions} />}
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Box>
  );
}
