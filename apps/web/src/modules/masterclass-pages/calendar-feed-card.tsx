import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatDate, PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { useCalendarFeed } from './use-calendar-feed';

/**
 * The private calendar feed: subscribe once and every masterclass shows up in the calendar app. Its address is
 * shown once, when made (the API keeps only a hash); making a new one or turning it off stops the old address.
 */
export function CalendarFeedCard() {
  const { feed, create, revoke } = useCalendarFeed();
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const link = create.data;

  return (
    <Paper component="section" aria-labelledby="calendar-feed" withBorder p="lg">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="calendar-feed">
          Your calendar feed
        </Title>
        <Text c="gray.7">Subscribe once in your calendar app and every masterclass you register for appears there, in your own time zone.</Text>
        {feed.isPending ? (
          <PageState kind="loading" label="Loading your calendar feed" />
        ) : feed.isError ? (
          <PageState kind="error" title="Your calendar feed could not be loaded" error={feed.error} onRetry={() => void feed.refetch()} retrying={feed.isRefetching} />
        ) : (
          <>
            {(create.error ?? revoke.error) && (
              <Alert color="red" variant="light" title="Your calendar feed did not change" w="100%">
                {(create.error ?? revoke.error)?.message}
              </Alert>
            )}
            {link && feed.data.active ? (
              <Alert color="teal" variant="light" title="Your private feed address" w="100%" role="status">
                <Stack gap="sm">
                  <Text size="sm">Copy it now: it is shown only this once. Anyone with it can see your masterclasses, so keep it to yourself.</Text>
                  <FeedAddress label="Address for calendar apps (https)" value={link.url} />
                  <FeedAddress label="Subscription link (webcal)" value={link.webcalUrl} />
                  <Button component="a" href={link.webcalUrl} variant="default" size="xs" style={{ alignSelf: 'flex-start' }}>
                    Open in my calendar app
                  </Button>
                </Stack>
              </Alert>
            ) : (
              <Text>
                {feed.data.active && feed.data.createdAt
                  ? `Your feed is on, since ${formatDate(feed.data.createdAt)}. Its address was shown when you made it; make a new one if you lost it.`
                  : 'You have no calendar feed yet.'}
              </Text>
            )}
            {confirmingRevoke ? (
              <Group gap="sm">
                <Text size="sm">Turn off your feed? Calendars subscribed to it stop updating.</Text>
                <Button color="red" size="xs" loading={revoke.isPending} onClick={() => revoke.mutate(undefined, { onSuccess: () => create.reset(), onSettled: () => setConfirmingRevoke(false) })}>
                  Yes, turn it off
                </Button>
                <Button variant="default" size="xs" onClick={() => setConfirmingRevoke(false)}>
                  Keep it
                </Button>
              </Group>
            ) : (
              <Group gap="sm">
                <Button size="xs" loading={create.isPending} onClick={() => create.mutate()} variant={feed.data.active ? 'default' : 'filled'}>
                  {feed.data.active ? 'Make a new address' : 'Create my calendar feed'}
                </Button>
                {feed.data.active && (
                  <Button size="xs" variant="default" onClick={() => setConfirmingRevoke(true)}>
                    Turn off the feed
                  </Button>
                )}
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function FeedAddress({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" w="100%">
      <TextInput label={label} value={value} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="sm" variant={copied ? 'light' : 'default'} onClick={copy} aria-label={copied ? `Copied: ${label}` : `Copy: ${label}`}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
