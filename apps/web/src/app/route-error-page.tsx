import { Button, Container, Group } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { Link } from 'react-router';

/** Shown instead of a page that crashed while rendering, so the visitor gets a way out rather than a blank screen. */
export function RouteErrorPage() {
  usePageTitle('Something went wrong');
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        title="Something went wrong"
        description="This page failed to load. Reloading usually helps; if it does not, start again from the home page, or try later."
        action={
          <Group justify="center">
            <Button onClick={() => window.location.reload()}>Reload the page</Button>
            {/* Leaving through the router clears the error: the page there renders afresh. */}
            <Button component={Link} to="/" variant="default">
              Go to the home page
            </Button>
          </Group>
        }
      />
    </Container>
  );
}
