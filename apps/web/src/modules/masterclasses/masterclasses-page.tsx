import { Anchor, Badge, Button, Container, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { MasterclassPeriod } from '@ascend/web/data-access';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { Link, useSearchParams } from 'react-router';
import { masterclassStatusColors, masterclassStatusLabels, masterclassTime, priceInWords } from './masterclass-labels';
import { type MasterclassSummary, useMasterclasses } from './use-masterclasses';

/** /app/masterclasses: the practice's masterclasses, upcoming (soonest first) or past (latest first). */
export function MasterclassesPage() {
  usePageTitle('Masterclasses');
  // The tab is in the address, so "back" from a past masterclass returns to the past tab.
  const [params, setParams] = useSearchParams();
  const when: MasterclassPeriod = params.get('when') === 'past' ? 'PAST' : 'UPCOMING';

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>Masterclasses</Title>
            <Text c="gray.7">Where future clients meet you: announce one, fill the room, follow who becomes a client.</Text>
          </Stack>
          <Group>
            <Button component={Link} to="/app/masterclasses/new">
              New masterclass
            </Button>
            <Button component={Link} to="/app/masterclasses/funnel" variant="default">
              Funnel
            </Button>
          </Group>
        </Group>
        <Tabs keepMounted={false} value={when} onChange={(value) => setParams(value === 'PAST' ? { when: 'past' } : {}, { replace: true })}>
          <Tabs.List>
            <Tabs.Tab value="UPCOMING">Upcoming</Tabs.Tab>
            <Tabs.Tab value="PAST">Past</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="UPCOMING" pt="md">
            <MasterclassList when="UPCOMING" />
          </Tabs.Panel>
          <Tabs.Panel value="PAST" pt="md">
            <MasterclassList when="PAST" />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}

function MasterclassList({ when }: { when: MasterclassPeriod }) {
  const masterclasses = useMasterclasses(when);
  if (masterclasses.isPending) return <PageState kind="loading" label="Loading the masterclasses" />;
  if (masterclasses.error) {
    return <PageState kind="error" title="The masterclasses did not load" error={masterclasses.error} onRetry={() => void masterclasses.refetch()} retrying={masterclasses.isRefetching} />;
  }
  if (!masterclasses.data.length) {
    return (
      <Text c="gray.7">
        {when === 'UPCOMING' ? (
          <>
            No masterclass coming up.{' '}
            <Anchor component={Link} to="/app/masterclasses/new">
              Plan one
            </Anchor>
            : it is a draft until you publish it.
          </>
        ) : (
          'No masterclass has taken place yet.'
        )}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={when === 'UPCOMING' ? 'Upcoming masterclasses' : 'Past masterclasses'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Masterclass</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Seats</Table.Th>
            <Table.Th>Waitlist</Table.Th>
            <Table.Th>Admission</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {masterclasses.data.map((masterclass) => (
            <MasterclassRow key={masterclass.id} masterclass={masterclass} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MasterclassRow({ masterclass }: { masterclass: MasterclassSummary }) {
  const time = masterclassTime(masterclass.startsAt, masterclass.timeZone);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/app/masterclasses/${masterclass.id}`} fw={600}>
          {masterclass.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{time.presenting}</Text>
        {time.viewer && (
          <Text size="xs" c="gray.7">
            {time.viewer}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={masterclassStatusColors[masterclass.status]}>
          {masterclassStatusLabels[masterclass.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {masterclass.seatsTaken} of {masterclass.capacity}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{masterclass.waitlisted}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{priceInWords(masterclass.price)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
