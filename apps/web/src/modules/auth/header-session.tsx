import { Button, Group } from '@mantine/core';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';
import { NavigationNotice } from '../account/navigation-notice';
import { useSession } from './auth-provider';

// Menus pull in Mantine's popover machinery, which visitors never need.
const AccountMenus = lazyComponent(() => import('./account-menus').then((m) => m.AccountMenus));

/**
 * The header's right side: sign-in links for visitors; practice switcher and account menu for signed-in people.
 * Also news a navigation brought along (the account was deleted), on whatever page it leads to.
 */
export function HeaderSession() {
  return (
    <>
      <NavigationNotice />
      <SessionLinks />
    </>
  );
}

function SessionLinks() {
  const session = useSession();

  if (session.status === 'signed-in') {
    return (
      <Suspense fallback={null}>
        <AccountMenus viewer={session.viewer} practice={session.practice} />
      </Suspense>
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
