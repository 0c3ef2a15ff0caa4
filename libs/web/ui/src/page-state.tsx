import { Alert, Button, EmptyState, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type PageStateProps =
  | { kind: 'loading'; label: string }
  | { kind: 'error'; title: string; error: Error; onRetry: () => void; retrying?: boolean }
  | { kind: 'empty'; title: string; description: ReactNode; action?: ReactNode; icon?: ReactNode };

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
            <Button size="xs" variant="default" onClick={props.onRetry} loading={props.retrying}>
              Retry
            </Button>
          </Stack>
        </Alert>
      );
    case 'empty':
      return (
        <EmptyState size="lg" py="xl" variant="light">
          {props.icon && <EmptyState.Indicator>{props.icon}</EmptyState.Indicator>}
          <EmptyState.Title order={1} ff="heading" fz={{ base: 26, sm: 32 }} fw={600}>
            {props.title}
          </EmptyState.Title>
          <EmptyState.Description>{props.description}</EmptyState.Description>
          {props.action && <EmptyState.Actions>{props.action}</EmptyState.Actions>}
        </EmptyState>
      );
  }
}
