import { Alert, Button, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { GraphQLRequestError, NetworkError } from '@ascend/web/data-access';
import type { ReactNode } from 'react';
import { Link, useInRouterContext } from 'react-router';

export type PageStateProps =
  | { kind: 'loading'; label: string }
  | {
      kind: 'error';
      title: string;
      error: Error;
      onRetry: () => void;
      retrying?: boolean;
      /** The way forward when retrying cannot help (bad input, not found, forbidden); a link home by default. */
      action?: ReactNode;
    }
  | { kind: 'empty'; title: string; description: ReactNode; action?: ReactNode; icon?: ReactNode };

/** API answers that may differ a moment later: the service was busy, limited the rate, or failed on its side. */
const PASSING_CODES = new Set(['SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

/**
 * Whether asking again could succeed. A refusal of what was asked (bad input, not found, forbidden, signed out)
 * answers the same every time, so offering Retry for it would be a button that never works.
 */
export function canPassOnRetry(error: Error): boolean {
  if (error instanceof GraphQLRequestError) return PASSING_CODES.has(error.code);
  if (error instanceof NetworkError) return error.status === null || error.status === 408 || error.status === 429 || error.status >= 500;
  // A timeout or a failure nobody classified: nothing says a second try would meet it again.
  return true;
}

/**
 * What a page shows while its data is loading, failed to load, or does not exist. An empty state is the page's
 * own message, so its title is the page's h1; loading and error also fit inside a section of a page.
 */
export function PageState(props: PageStateProps) {
  switch (props.kind) {
    case 'loading':
      return (
        <Stack gap="md" role="status" aria-label={props.label} aria-busy>
          <Skeleton height={14} width="25%" />
          <Skeleton height={36} width="70%" />
          <Skeleton height={18} width="90%" />
          <Skeleton height={18} width="80%" mt="lg" />
          <Skeleton height={18} width="85%" />
        </Stack>
      );
    case 'error':
      return (
        <Alert color="red" variant="light" title={props.title}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{props.error.message}</Text>
            <Group gap="sm">
              {canPassOnRetry(props.error) ? (
                <>
                  <Button size="xs" variant="default" onClick={props.onRetry} loading={props.retrying}>
                    Retry
                  </Button>
                  {props.action}
                </>
              ) : (
                (props.action ?? <HomeLink />)
              )}
            </Group>
          </Stack>
        </Alert>
      );
    case 'empty':
      return (
        <EmptyState size="lg" py="xl" variant="light">
          {props.icon && <EmptyState.Indicator>{props.icon}</EmptyState.Indicator>}
          {/* Titles and descriptions carry names and addresses people chose, which may be one long word. */}
          <EmptyState.Title order={1} ff="heading" fz={{ base: 26, sm: 32 }} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {props.title}
          </EmptyState.Title>
          <EmptyState.Description style={{ overflowWrap: 'anywhere' }}>{props.description}</EmptyState.Description>
          {props.action && <EmptyState.Actions>{props.action}</EmptyState.Actions>}
        </EmptyState>
      );
  }
}

/** Home, within the app when it runs in a router (every page does), else by loading it. */
function HomeLink() {
  const routed = useInRouterContext();
  return routed ? (
    <Button size="xs" variant="default" component={Link} to="/">
      Go to the home page
    </Button>
  ) : (
    <Button size="xs" variant="default" component="a" href="/">
      Go to the home page
    </Button>
  );
}
