import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import { Link } from 'react-router';
import { masterclassStatusLabels, sourceLabels } from './masterclass-labels';
import type { FunnelReport } from './use-funnel';

/** 0.75 → "75%"; no rate before anyone had a seat. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

type Source = FunnelReport['sources'][number];

/** "Newsletter · issue 42", "Direct link · linkedin / spring-launch" */
function sourceInWords(source: Source): string {
  const utm = [source.utmSource, source.utmCampaign].filter(Boolean).join(' / ');
  return [sourceLabels[source.source], source.newsletterIssue && `issue ${source.newsletterIssue}`, utm].filter(Boolean).join(' · ');
}

/** The chart's figures, and the waitlist and rates besides, per masterclass. */
export function PerMasterclassTable({ rows }: { rows: FunnelReport['masterclasses'] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" aria-label="Funnel per masterclass">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Masterclass</Table.Th>
            <Table.Th>Registered</Table.Th>
            <Table.Th>Waitlisted</Table.Th>
            <Table.Th>Confirmed</Table.Th>
            <Table.Th>Attended</Table.Th>
            <Table.Th>Attendance rate</Table.Th>
            <Table.Th>Became clients</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.masterclassId}>
              <Table.Td>
                <Anchor component={Link} to={`/app/masterclasses/${row.masterclassId}`} fw={600} size="sm">
                  {row.title}
                </Anchor>
                <Text size="xs" c="gray.7">
                  {formatDate(row.startsAt)} · {(masterclassStatusLabels as Record<string, string>)[row.status] ?? row.status}
                </Text>
              </Table.Td>
              <Table.Td>{row.figures.registered}</Table.Td>
              <Table.Td>{row.figures.waitlisted}</Table.Td>
              <Table.Td>{row.figures.confirmed}</Table.Td>
              <Table.Td>{row.figures.attended}</Table.Td>
              <Table.Td>{percent(row.figures.attendanceRate)}</Table.Td>
              <Table.Td>{row.figures.becameClients}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Registrations by where they came from: newsletter issue, campaign, direct link. */
export function SourcesSection({ sources }: { sources: FunnelReport['sources'] }) {
  return (
    <Stack component="section" aria-labelledby="by-source-heading" gap="sm">
      <Title order={2} size="h3" id="by-source-heading">
        By source
      </Title>
      {sources.length === 0 ? (
        <Text c="gray.7">No registrations in this period.</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" aria-label="Funnel by source">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Source</Table.Th>
                <Table.Th>Registered</Table.Th>
                <Table.Th>Attended</Table.Th>
                <Table.Th>Became clients</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sources.map((source) => (
                <Table.Tr key={[source.source, source.newsletterIssue, source.utmSource, source.utmCampaign].join('|')}>
                  <Table.Td>{sourceInWords(source)}</Table.Td>
                  <Table.Td>{source.registered}</Table.Td>
                  <Table.Td>{source.attended}</Table.Td>
                  <Table.Td>{source.becameClients}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
