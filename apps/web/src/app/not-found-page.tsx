import { Button, Container, Group } from '@mantine/core';
import { CompassIcon, PageState, usePageTitle } from '@ascend/web/ui';
import { Link, useLocation } from 'react-router';
import { useSession } from '../modules/auth/auth-provider';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const session = useSession();
  usePageTitle('Page not found');
  // A signed-in person most likely wants back to their own work; the public home is there for everyone.
  const signedIn = session.status === 'signed-in';
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        icon={<CompassIcon />}
        title="Page not found"
        description={`There is no page at ${pathname}. The link may be mistyped, or the page may have moved.`}
        action={
          <Group justify="center">
            {signedIn && (
              <Button component={Link} to="/app">
                {session.practice ? 'Go to your practice' : 'Go to your Ascend home'}
              </Button>
            )}
            <Button component={Link} to="/" variant={signedIn ? 'default' : 'filled'}>
              Go to the home page
            </Button>
          </Group>
        }
      />
    </Container>
  );
}
