import { Avatar, Button, Container, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CompassIcon, PageState, usePageTitle } from '@ascend/web/ui';
import { Link, useParams } from 'react-router';
import { UpcomingMasterclasses } from '../masterclass-pages/upcoming-masterclasses';
import { useUpcomingMasterclasses } from '../masterclass-pages/use-public-masterclasses';
import { PracticeLocalTime } from './practice-local-time';
import { paragraphs } from './practice-text';
import { usePractice } from './use-practice';

/** A practice's public landing page at /p/:slug. */
export function PracticePage() {
  const { slug = '' } = useParams();
  const { data: practice, error, isPending, isRefetching, refetch } = usePractice(slug);
  // Requested together with the practice rather than after it, so the section does not wait for a second round trip.
  const upcoming = useUpcomingMasterclasses(slug);
  usePageTitle(practice?.name ?? (practice === null ? 'Practice not found' : undefined));

  if (isPending) {
    return (
      <Container size="sm">
        <PageState kind="loading" label="Loading the practice" />
      </Container>
    );
  }
  if (error) {
    return (
      <Container size="sm">
        <PageState
          kind="error"
          title="We could not load this practice"
          error={error}
          onRetry={() => void refetch()}
          retrying={isRefetching}
        />
      </Container>
    );
  }
  if (!practice) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          icon={<CompassIcon />}
          title="No practice at this address"
          description={`Ascend has no practice at /p/${slug}. Check the link you were given, or start again from the home page.`}
          action={
            <Button component={Link} to="/">
              Go to the home page
            </Button>
          }
        />
      </Container>
    );
  }

  return (
    <Container size="sm">
      <Stack gap="sm">
        <Text size="xs" fw={700} tt="uppercase" c="ascend.8" style={{ letterSpacing: '0.08em' }}>
          Coaching practice
        </Text>
        <Title order={1}>{practice.name}</Title>
        <Text size="xl" c="gray.7" lh={1.5}>
          {practice.tagline}
        </Text>
        <PracticeLocalTime timeZone={practice.timeZone} />
        <Button component={Link} to={`/p/${practice.slug}/apply`} size="md" mt="sm" style={{ alignSelf: 'flex-start' }}>
          Work with me
        </Button>
      </Stack>

      <Divider my={40} />

      <Paper component="section" aria-labelledby="about-the-coach" withBorder p={{ base: 'lg', sm: 'xl' }}>
        <Title order={2} id="about-the-coach" size="h3" mb="lg">
          About the coach
        </Title>
        <Group gap="md" mb="lg" wrap="nowrap">
          <Avatar name={practice.coachName} color="ascend" size="lg" />
          <div>
            <Text fw={600} size="lg">
              {practice.coachName}
            </Text>
            <Text size="sm" c="dimmed">
              Coach at {practice.name}
            </Text>
          </div>
        </Group>
        <Stack gap="md">
          {paragraphs(practice.coachBio).map((paragraph) => (
            <Text key={paragraph} lh={1.7}>
              {paragraph}
            </Text>
          ))}
        </Stack>
      </Paper>

      <UpcomingMasterclasses masterclasses={upcoming.data} />
    </Container>
  );
}
