import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { CompassIcon, PageState } from '@ascend/web/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { MasterclassFacts } from './masterclass-facts';
import type { PublicMasterclass } from './use-public-masterclasses';

/** A public page while its query loads or after it failed, with Retry. */
export function QueryState({ query, loading, failed }: { query: UseQueryResult; loading: string; failed: string }) {
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

/** What a public page says when its link leads nowhere, with the way back to the practice's page. */
export function NothingHere({ title, description, practiceSlug, back }: { title: string; description: string; practiceSlug: string; back: string }) {
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        icon={<CompassIcon />}
        title={title}
        description={description}
        action={
          <Button component={Link} to={`/p/${practiceSlug}`}>
            {back}
          </Button>
        }
      />
    </Container>
  );
}

/** The top of a masterclass's pages: what page it is, the title as the page's heading, and the facts. */
export function MasterclassHeading({ eyebrow, masterclass, showSeats }: { eyebrow: string; masterclass: PublicMasterclass; showSeats: boolean }) {
  return (
    <Stack gap="sm">
      <Text size="xs" fw={700} tt="uppercase" c="ascend.8" style={{ letterSpacing: '0.08em' }}>
        {masterclass.practiceName} · {eyebrow}
      </Text>
      <Title order={1}>{masterclass.title}</Title>
      <MasterclassFacts masterclass={masterclass} showSeats={showSeats} />
    </Stack>
  );
}
