import { Anchor, Badge, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { Link, useParams } from 'react-router';
import { FigureCard } from './figure-card';
import { MasterclassActions } from './masterclass-actions';
import { masterclassStatusColors, masterclassStatusLabels, masterclassTime, priceInWords } from './masterclass-labels';
import { RegistrationsSection } from './registrations-section';
import { type CoachMasterclass, useMasterclass } from './use-masterclasses';

/** /app/masterclasses/:masterclassId: its state and actions, its figures and its registrants. */
export function MasterclassDetailPage() {
  const { masterclassId = '' } = useParams();
  const masterclass = useMasterclass(masterclassId);
  usePageTitle(masterclass.data?.title ?? 'Masterclass');

  if (masterclass.isPending) return <PageState kind="loading" label="Loading the masterclass" />;
  if (masterclass.error) {
    return <PageState kind="error" title="The masterclass did not load" error={masterclass.error} onRetry={() => void masterclass.refetch()} retrying={masterclass.isRefetching} />;
  }
  const current = masterclass.data;
  const started = Date.parse(current.startsAt) <= Date.now();

  return (
    <Container size="xl">
      <Stack gap={32}>
        <Stack gap="sm">
          <Anchor component={Link} to={started ? '/app/masterclasses?when=past' : '/app/masterclasses'} size="sm">
            ← Masterclasses
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={1}>{current.title}</Title>
            <Badge variant="light" color={masterclassStatusColors[current.status]}>
              {masterclassStatusLabels[current.status]}
            </Badge>
          </Group>
          <About masterclass={current} />
          <MasterclassActions masterclass={current} started={started} />
        </Stack>
        <Figures masterclass={current} />
        <RegistrationsSection masterclass={current} started={started} />
      </Stack>
    </Container>
  );
}

function About({ masterclass }: { masterclass: CoachMasterclass }) {
  const time = masterclassTime(masterclass.startsAt, masterclass.timeZone);
  const closes = masterclassTime(masterclass.registrationDeadline, masterclass.timeZone);
  return (
    <Stack gap={2}>
      <Text>
        {time.presenting} · {masterclass.durationMinutes} minutes
      </Text>
      {time.viewer && <Text c="gray.7">{time.viewer}</Text>}
      <Text c="gray.7" size="sm">
        {priceInWords(masterclass.price)} · hosted by {masterclass.host?.name ?? 'nobody yet'}
        {Date.parse(masterclass.registrationDeadline) !== Date.parse(masterclass.startsAt) && ` · registration closes ${closes.presenting}`}
      </Text>
      {masterclass.status !== 'DRAFT' && (
        <Text size="sm">
          Public page:{' '}
          <Anchor href={masterclass.publicUrl} target="_blank" rel="noreferrer">
            {masterclass.publicUrl}
          </Anchor>
        </Text>
      )}
      {!masterclass.joinUrl && masterclass.status === 'PUBLISHED' && (
        <Text size="sm" c="orange.8">
          No join link yet: confirmed registrants get it in their emails once you add it.
        </Text>
      )}
    </Stack>
  );
}

function Figures({ masterclass }: { masterclass: CoachMasterclass }) {
  const left = Math.max(0, masterclass.capacity - masterclass.seatsTaken);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} component="section" aria-label="Figures">
      <FigureCard label="Seats taken" value={`${masterclass.seatsTaken} of ${masterclass.capacity}`} detail={left === 0 ? 'Full' : `${left} left`} />
      <FigureCard label="Waitlist" value={String(masterclass.waitlisted)} detail="Promoted in order when a seat frees up" />
      <FigureCard label="Admission" value={priceInWords(masterclass.price)} />
    </SimpleGrid>
  );
}
