import { Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { CompassIcon, PageState } from '@ascend/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A signed link the API does not recognise: changed, cut short, or not from one of its mails. */
export function isBadLink(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';
}

export function BadLink({ what }: { what: string }) {
  return (
    <Container size="sm">
      <PageState
        kind="empty"
        icon={<CompassIcon />}
        title="This link is not valid"
        description={`It may be incomplete or changed. Open the ${what} link in your latest email again, or copy the whole link into your browser.`}
        action={
          <Button component={Link} to="/">
            Go to the home page
          </Button>
        }
      />
    </Container>
  );
}

/** The panel of the confirm and unsubscribe pages: which practice's newsletter, then what happened. */
export function LinkPanel({ eyebrow, title, children }: { eyebrow: string; title: string; children: ReactNode }) {
  return (
    <Container size="sm">
      <Paper withBorder p={{ base: 'lg', sm: 'xl' }}>
        <Stack gap="md" align="flex-start">
          <Text size="xs" fw={700} tt="uppercase" c="ascend.8" style={{ letterSpacing: '0.08em' }}>
            {eyebrow}
          </Text>
          <Title order={1}>{title}</Title>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}

export function PracticeLink({ practiceSlug, practiceName }: { practiceSlug: string; practiceName: string }) {
  return (
    <Button component={Link} to={`/p/${practiceSlug}`} variant="subtle" px={0}>
      Visit {practiceName}
    </Button>
  );
}
