import { Avatar, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useSessionStore } from './auth-provider';
import { allows, roleNames } from './permissions';
import type { Membership, Viewer } from './session-store';

/** The signed-in header: the practice switcher (for members of several practices) and the account menu. */
export function AccountMenus({ viewer, practice }: { viewer: Viewer; practice: Membership | null }) {
  return (
    <Group gap="sm" wrap="nowrap">
      {viewer.memberships.length > 1 && practice && <PracticeSwitcher memberships={viewer.memberships} current={practice} />}
      <AccountMenu viewer={viewer} practice={practice} />
    </Group>
  );
}

function PracticeSwitcher({ memberships, current }: { memberships: Membership[]; current: Membership }) {
  const store = useSessionStore();
  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <Button variant="default" rightSection={<Chevron />} aria-label={`Practice: ${current.practiceName}. Switch practice`} maw={{ base: 150, sm: 260 }}>
          <Text span size="sm" truncate="end">
            {current.practiceName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch practice</Menu.Label>
        {memberships.map((membership) => (
          <Menu.Item
            key={membership.practiceId}
            onClick={() => store.selectPractice(membership.practiceId)}
            rightSection={
              <Text size="xs" c="dimmed">
                {roleNames[membership.role]}
              </Text>
            }
            aria-current={membership.practiceId === current.practiceId ? 'true' : undefined}
            fw={membership.practiceId === current.practiceId ? 700 : undefined}
          >
            {membership.practiceName}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function AccountMenu({ viewer, practice }: { viewer: Viewer; practice: Membership | null }) {
  const store = useSessionStore();
  const navigate = useNavigate();
  const signOut = async () => {
    // Leave the private page first, so it does not first bounce to "sign in to see this page".
    await navigate('/');
    await store.signOut();
  };

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu of ${viewer.account.name}`}>
          <Avatar name={viewer.account.name} color="ascend" size={36} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" truncate="end">
            {viewer.account.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {viewer.account.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        {practice && (
          <Menu.Item component={Link} to="/app">
            Practice home
          </Menu.Item>
        )}
        {practice && allows(practice.role, 'viewTeam') && (
          <Menu.Item component={Link} to="/app/team">
            Team
          </Menu.Item>
        )}
        {practice && allows(practice.role, 'viewAudit') && (
          <Menu.Item component={Link} to="/app/audit">
            Audit log
          </Menu.Item>
        )}
        {practice && allows(practice.role, 'manageBilling') && (
          <Menu.Item component={Link} to="/app/billing">
            Billing
          </Menu.Item>
        )}
        {viewer.account.isOperator && (
          <Menu.Item component={Link} to="/operator">
            Operator console
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function Chevron() {
  return (
    <svg width={14} height={14} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <path d="M6 9l6 6 6-6" />
    </svg>
  );
}
