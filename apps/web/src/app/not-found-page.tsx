import { Button, Container } from '@mantine/core';
import { CompassIcon, PageState, usePageTitle } from '@ascend/web/ui';
import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  usePageTitle('Page not found');
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        icon={<CompassIcon />}
        title="Page not found"
        description={`There is no page at ${pathname}. The link may be mistyped, or the page may have moved.`}
        action={
          <Button component={Link} to="/">
            Go to the home page
          </Button>
        }
      />
    </Container>
  );
}
