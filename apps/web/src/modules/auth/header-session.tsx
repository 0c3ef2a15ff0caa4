import { Avatar, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useSession, useSessionStore } from './auth-provider';
import { allows, roleNames } from './permissions';
import type { Membership, Viewer } from './session-store';

/** The header's right side: sign-in links for visitors; practice switcher and account menu for signed-in people. */
export function HeaderSession() {
  const session = useSession();

  if (session.status === 'signed-in') {
    return (
      <Group gap="sm" wrap="nowrap">
        {session.viewer.memberships.length > 1 && session.practice && (
          <PracticeSwitcher memberships={session.viewer.memberships} current={session.practice} />
        )}
        <AccountMenu viewer={session.viewer} practice={session.practice} />
      </Group>
    );
  }
  // While the session is being restored, showing "Sign in" would flash at people who are signed in.
  if (session.status === 'restoring') return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button component={Link} to="/sign-in" variant="subtle">
        Sign in
      </Button>
      <Button component={Link} to="/sign-up">
        Sign up
      </Button>
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
