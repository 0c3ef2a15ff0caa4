import { Avatar, Button, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import classes from './account-menus.module.css';
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
      {/* A long name is cut short on the button: its title gives it whole on hover, and keyboard focus unfolds it
          (account-menus.module.css). A tooltip here raced the menu's opening. */}
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<Chevron />}
          aria-label={`Practice: ${current.practiceName}. Switch practice`}
          title={current.practiceName}
          maw={{ base: 150, sm: 260 }}
          classNames={{ root: classes.switcher, label: classes.label }}
        >
          <Text span size="sm" truncate="end" className={classes.name}>
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
            // In the list, a long name wraps rather than being cut: every word of it tells practices apart.
            style={{ overflowWrap: 'anywhere' }}
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
        {/* Named by hidden words rather than aria-label: the initials are decoration, and a label that did not
            contain them would not match what sighted voice-control users see. */}
        <UnstyledButton>
          <Avatar name={viewer.account.name} color="ascend" size={36} aria-hidden />
          <VisuallyHidden>Account menu of {viewer.account.name}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {/* Whole, wrapping anywhere: a name or address cut short here would be shown whole nowhere else. */}
          <Text size="sm" fw={600} c="dark" style={{ overflowWrap: 'anywhere' }}>
            {viewer.account.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
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
        <Menu.Item component={Link} to="/app/account">
          Account settings
        </Menu.Item>
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
