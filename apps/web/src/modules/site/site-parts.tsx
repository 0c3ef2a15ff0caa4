import { Anchor, Container, Group, Text } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { PageState } from '@ascend/web/ui';
import { useDocumentTitle } from '@mantine/hooks';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { sitePaths } from './site-paths';

/**
 * The tab's title as the server words it in the page it sends ("<page> · <practice>"), so it does not change when the
 * app takes over; "Ascend" while loading. `null` leaves the title to the not-found page shown instead.
 */
export function useSiteTitle(page: string | null | undefined, practiceName: string | undefined) {
  useDocumentTitle(page === null ? '' : page && practiceName ? `${page} · ${practiceName}` : 'Ascend');
}

/** Whether the API said the practice or page does not exist (rather than failing to answer). */
export function isNotFound(error: Error | null): boolean {
  return error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';
}

/** A public page while its query loads or after it failed, with Retry. */
export function SiteQueryState({ query, loading, failed }: { query: Pick<UseQueryResult, 'error' | 'refetch' | 'isRefetching'>; loading: string; failed: string }) {
  return (
    <Container size="sm">
      {query.error ? (
        <PageState kind="error" title={failed} error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : (
        <PageState kind="loading" label={loading} />
      )}
    </Container>
  );
}

/** The way around a practice's public site: its page, articles, videos and feed. */
export function SiteLinks({ practiceSlug, practiceName }: { practiceSlug: string; practiceName: string }) {
  return (
    <Group component="nav" aria-label={`${practiceName} elsewhere`} gap="lg">
      <Anchor component={Link} to={`/p/${practiceSlug}`} size="sm">
        {practiceName}
      </Anchor>
      <Anchor component={Link} to={sitePaths.articles(practiceSlug)} size="sm">
        All articles
      </Anchor>
      <Anchor component={Link} to={sitePaths.videos(practiceSlug)} size="sm">
        Videos
      </Anchor>
      <Anchor href={sitePaths.feed(practiceSlug)} size="sm" type="application/rss+xml">
        RSS feed
      </Anchor>
    </Group>
  );
}

export function Eyebrow({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" fw={700} tt="uppercase" c="ascend.8" style={{ letterSpacing: '0.08em' }}>
      {children}
    </Text>
  );
}
