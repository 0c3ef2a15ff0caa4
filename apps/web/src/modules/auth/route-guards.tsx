import { Anchor, Button, Container, Group } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useSession, useSessionStore, useSignedIn } from './auth-provider';
import { allows, type Permission, permissions, roleNames, rolesInWords } from './permissions';
import { signInPath } from './safe-next';

/** Lets signed-in people through; sends everyone else to sign in and back here afterwards. */
export function RequireSession() {
  const session = useSession();
  const store = useSessionStore();
  const { pathname, search } = useLocation();

  switch (session.status) {
    case 'restoring':
      return (
        <Container size="sm">
          <PageState kind="loading" label="Checking your session" />
        </Container>
      );
    case 'unavailable':
      return (
        <Container size="sm">
          <PageState kind="error" title="We could not check your session" error={session.error} onRetry={() => void store.restore()} />
        </Container>
      );
    case 'signed-out':
      return <Navigate to={signInPath(`${pathname}${search}`)} replace />;
    case 'signed-in':
      return <Outlet />;
  }
}

/** Lets members of the selected practice through when their role allows `permission` (any member without one). */
export function RequireRole({ permission }: { permission?: Permission }) {
  const { practice } = useSignedIn();
  if (!practice) return <NoPracticePage />;
  if (permission && !allows(practice.role, permission)) {
    return <NotAllowedPage practiceName={practice.practiceName} role={roleNames[practice.role].toLowerCase()} allowed={rolesInWords(permissions[permission])} />;
  }
  return <Outlet />;
}

function NotAllowedPage({ practiceName, role, allowed }: { practiceName: string; role: string; allowed: string }) {
  usePageTitle('Not allowed');
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        title="This page is not open to you"
        description={`At ${practiceName} this page is for ${allowed}; you are a ${role}. If someone should change your role, ask an owner of the practice.`}
        action={
          <Button component={Link} to="/app">
            Go to your practice home
          </Button>
        }
      />
    </Container>
  );
}

/** A signed-in person without a practice (new, or removed from their only one): what they can do from here. */
function NoPracticePage() {
  const { viewer } = useSignedIn();
  usePageTitle('No practice yet');
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        title="You are not part of a practice yet"
        description={
          <>
            Start a practice of your own, or wait for an invitation from one: its mail has a link that brings you in. Invitations should be sent to{' '}
            <strong>{viewer.account.email}</strong>; to use another address, change it on your{' '}
            <Anchor component={Link} to="/app/account" inherit>
              account page
            </Anchor>
            .
          </>
        }
        action={
          <Group justify="center">
            <Button component={Link} to="/app/new-practice">
              Start a practice
            </Button>
            <Button component={Link} to="/app/account" variant="default">
              Account settings
            </Button>
          </Group>
        }
      />
    </Container>
  );
}
