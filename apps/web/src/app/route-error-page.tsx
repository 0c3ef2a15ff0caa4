import { Button, Container } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';

/** Shown instead of a page that crashed while rendering, so the visitor gets a way out rather than a blank screen. */
export function RouteErrorPage() {
  usePageTitle('Something went wrong');
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        title="Something went wrong"
        description="This page failed to load. Reloading usually helps; if it does not, try again later."
        action={<Button onClick={() => window.location.reload()}>Reload the page</Button>}
      />
    </Container>
  );
}
