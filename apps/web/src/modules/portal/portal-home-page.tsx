import { Alert, Badge, Blockquote, Button, Container, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDay, PageState, todayOnThisDevice, usePageTitle } from '@ascend/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { METHOD_STEPS, stepInfo, WEEK_STATUS_LABELS, weekdayName } from './portal-text';
import { type MyCoaching, useMyCoaching } from './use-portal';

/** /app/portal: the client's home: where they are in the method, their goal, this week's check-in, streak, coach's reply. */
export function PortalHomePage() {
  usePageTitle('Your coaching');
  const home = useMyCoaching();

  if (home.isPending) return <PageState kind="loading" label="Loading your coaching" />;
  if (home.isError) return <PageState kind="error" title="Your coaching could not be loaded" error={home.error} onRetry={() => home.refetch()} retrying={home.isFetching} />;
  const coaching = home.data;

  return (
    <Container size="lg">
      <Stack gap="xs" mb={32}>
        <Title order={1}>Hello, {coaching.name.split(/\s+/)[0]}</Title>
        <Text c="gray.7">{coaching.coachName ? `Coached by ${coaching.coachName}.` : 'Your coach will be assigned soon.'}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ThisWeek coaching={coaching} />
        <MethodSection coaching={coaching} />
        <GoalSection goal={coaching.goal} />
        <Section title="Streak">
          <Text size="xl" fw={600}>
            {coaching.streakWeeks === 1 ? '1 week in a row' : `${coaching.streakWeeks} weeks in a row`}
          </Text>
          <Text size="sm" c="gray.7">
            {coaching.longestStreakWeeks > 0 ? `Your longest streak: ${coaching.longestStreakWeeks} ${coaching.longestStreakWeeks === 1 ? 'week' : 'weeks'}.` : 'Check in every week to build a streak.'}
          </Text>
        </Section>
        <Section title="From your coach">
          {coaching.latestReply ? (
            <Blockquote p="md" cite={`${coaching.latestReply.coachName ?? 'Your coach'}, on your check-in for the week of ${formatDay(coaching.latestReply.weekStart)}`}>
              {coaching.latestReply.reply}
            </Blockquote>
          ) : (
            <Text c="gray.7">No reply yet. Your coach’s replies to your check-ins appear here.</Text>
          )}
          <Button component={Link} to="/app/portal/history" variant="subtle" px={0}>
            See all your check-ins
          </Button>
        </Section>
        <Section title="Masterclasses">
          <Text c="gray.7">Your registrations and their join links, and the masterclasses your practice runs next.</Text>
          <Button component={Link} to="/app/portal/masterclasses" variant="subtle" px={0}>
            See my masterclasses
          </Button>
        </Section>
      </SimpleGrid>
    </Container>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `portal-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="lg">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function ThisWeek({ coaching }: { coaching: MyCoaching }) {
  const week = coaching.thisWeek;
  const status = WEEK_STATUS_LABELS[week.status];
  return (
    <Section title="This week’s check-in">
      <Group gap="xs">
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
        {week.checkIn?.late && <Badge color="orange">Late</Badge>}
      </Group>
      {coaching.accountabilitySetUp ? (
        <Text>
          {week.checkIn
            ? `You checked in for the week of ${formatDay(week.weekStart)}: progress ${week.checkIn.progress}/10. You can edit it until the week ends.`
            : `Your check-in day is ${weekdayName(coaching.checkInDay)}, ${formatDay(week.checkInDate)}.`}
        </Text>
      ) : (
        <Text>Choose your weekly check-in day in step 5 of the method; you can check in any time.</Text>
      )}
      <Button component={Link} to="/app/portal/check-in">
        {week.checkIn ? 'Edit this week’s check-in' : 'Check in now'}
      </Button>
      {week.missedWeekStart && (
        <Alert color="orange" variant="light" title="Last week has no check-in">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">You can still check in for the week of {formatDay(week.missedWeekStart)}, marked late, until this week ends.</Text>
            <Button component={Link} to={`/app/portal/check-in?week=${week.missedWeekStart}`} size="xs" variant="default">
              Check in for last week
            </Button>
          </Stack>
        </Alert>
      )}
    </Section>
  );
}

function MethodSection({ coaching }: { coaching: MyCoaching }) {
  const { currentStep, stepsDone, complete } = coaching.methodProgress;
  const current = stepInfo(currentStep);
  return (
    <Section title="The five steps">
      <Text>{complete ? 'You have worked all five steps. Revisit any of them as you grow.' : `${current.next}.`}</Text>
      <Progress value={(stepsDone / METHOD_STEPS.length) * 100} w="100%" aria-label={`${stepsDone} of 5 steps done`} />
      <Text size="sm" c="gray.7">
        {stepsDone} of 5 steps done
      </Text>
      <Button component={Link} to={`/app/portal/method/${current.path}`} variant={complete ? 'default' : 'filled'}>
        {complete ? 'Revisit the method' : stepsDone === 0 ? 'Start step 1' : `Continue with step ${METHOD_STEPS.indexOf(current) + 1}`}
      </Button>
    </Section>
  );
}

function GoalSection({ goal }: { goal: MyCoaching['goal'] }) {
  const today = todayOnThisDevice();
  const next = goal?.milestones.find((milestone) => milestone.dueOn >= today);
  return (
    <Section title="Your bold goal">
      {goal ? (
        <>
          <Text size="lg" fw={600}>
            {goal.statement}
          </Text>
          <Text size="sm" c="gray.7">
            By {formatDay(goal.targetDate)}
            {goal.successMeasure ? `. Success: ${goal.successMeasure}` : ''}
          </Text>
          {next && (
            <Text size="sm">
              Next milestone: {next.title} ({formatDay(next.dueOn)})
            </Text>
          )}
        </>
      ) : (
        <Text c="gray.7">No goal yet. Set ONE bold outcome for the next 12 months in step 3.</Text>
      )}
      <Button component={Link} to="/app/portal/method/goal" variant="subtle" px={0}>
        {goal ? 'Edit your goal' : 'Set your goal'}
      </Button>
    </Section>
  );
}
