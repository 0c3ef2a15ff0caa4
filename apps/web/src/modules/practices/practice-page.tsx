import { Avatar, Box, Button, Container, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Suspense, useDeferredValue } from 'react';
import { CompassIcon, PageState, usePageTitle } from '@ascend/web/ui';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { UpcomingMasterclasses } from '../masterclass-pages/upcoming-masterclasses';
import { useUpcomingMasterclasses } from '../masterclass-pages/use-public-masterclasses';
import { lazyComponent } from '../../app/lazy-component';
import { isPracticeAddress } from './practice-address';
import { PracticeLocalTime } from './practice-local-time';
import { CallToAction, PracticeProfileCard } from './practice-profile-card';
import { usePracticePage } from './use-practice';

// Below the fold, and heavier than the rest of the page (forms, lists): chunks of their own, so the landing page's
// entry stays within the public pages' budget.
const NewsletterSignupForm = lazyComponent(() => import('../newsletter-pages/newsletter-signup-form').then((m) => m.NewsletterSignupForm));
const PracticeLatestArticles = lazyComponent(() => import('./latest-articles').then((m) => m.PracticeLatestArticles));

const NOT_FOUND_TITLE = 'Practice not found';

/**
 * A practice's public landing page at /p/:slug (or, while Ascend has suspended it, a notice that it is unavailable).
 * Addresses are lower-case: another spelling is sent to its canonical address, and one no practice could have is
 * answered at once, without asking the API.
 */
export function PracticePage() {
  const { slug = '' } = useParams();
  const { search, hash } = useLocation();
  const canonical = slug.toLowerCase();
  if (slug !== canonical) return <Navigate to={{ pathname: `/p/${encodeURIComponent(canonical)}`, search, hash }} replace />;
  if (!isPracticeAddress(slug)) return <NoPracticeHere slug={slug} />;
  return <PracticeLanding slug={slug} />;
}

function PracticeLanding({ slug }: { slug: string }) {
  // Deferred: when the data arrives, the whole page renders in slices that let the browser answer taps in between,
  // instead of in one task that blocks a phone's main thread for a few hundred milliseconds.
  const { data: practice, error, isPending, isRefetching, refetch } = useDeferredValue(usePracticePage(slug));
  // Requested together with the practice rather than after it, so the sections do not wait for a second round trip.
  const upcoming = useDeferredValue(useUpcomingMasterclasses(slug));
  const missing = practice === null || isRefusedAddress(error);
  // Set here as well as by NoPracticeHere, whose title this page's own would otherwise replace.
  usePageTitle(practice?.name ?? (missing ? NOT_FOUND_TITLE : undefined));

  if (isPending) {
    return (
      <Container size="sm">
        <PageState kind="loading" label="Loading the practice" />
      </Container>
    );
  }
  if (error && !missing) {
    return (
      <Container size="sm">
        <PageState kind="error" title="We could not load this practice" error={error} onRetry={() => void refetch()} retrying={isRefetching} />
      </Container>
    );
  }
  if (!practice) return <NoPracticeHere slug={slug} />;

  if (practice.available === false) {
    // Suspended by Ascend: its name alone, and nothing to fill in.
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          icon={<CompassIcon />}
          title={`${practice.name} is unavailable at the moment`}
          description="This practice's pages are closed for now. Please come back later."
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
        <Group gap="md" wrap="nowrap" align="center">
          {practice.photoUrl && <Avatar src={practice.photoUrl} alt={`Photo of ${practice.coachName}`} size={72} />}
          {/* Lets a long name wrap beside the photo instead of pushing past the edge. */}
          <Stack gap={4} miw={0}>
            <Text size="xs" fw={700} tt="uppercase" c="ascend.8" style={{ letterSpacing: '0.08em' }}>
              Coaching practice
            </Text>
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {practice.name}
            </Title>
          </Stack>
        </Group>
        <Text size="xl" c="gray.7" lh={1.5}>
          {practice.tagline}
        </Text>
        <PracticeLocalTime timeZone={practice.timeZone} />
        <Group gap="sm" mt="sm">
          <CallToAction profile={practice} />
          <Button component={Link} to={`/p/${practice.slug}/apply`} size="md" variant={practice.ctaText && practice.ctaUrl ? 'default' : 'filled'}>
            Work with me
          </Button>
        </Group>
      </Stack>

      <Divider my={40} />

      <PracticeProfileCard profile={practice} headingId="about-the-coach" withCallToAction={false} />

      <Suspense fallback={null}>
        <PracticeLatestArticles practiceSlug={practice.slug} />
      </Suspense>

      <UpcomingMasterclasses masterclasses={upcoming.data} />

      <Box mt={40}>
        <Suspense fallback={null}>
          <NewsletterSignupForm practiceSlug={practice.slug} source={`/p/${practice.slug}`} />
        </Suspense>
      </Box>
    </Container>
  );
}

/** What the API refuses to look up is, to a visitor, an address without a practice. */
function isRefusedAddress(error: Error | null): boolean {
  return error instanceof GraphQLRequestError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
}

function NoPracticeHere({ slug }: { slug: string }) {
  usePageTitle(NOT_FOUND_TITLE);
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
