import { Alert, Anchor, Button, Container, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { formErrors, PageState, todayOnThisDevice, useFormFields, usePageTitle } from '@ascend/web/ui';
import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { FigureCard } from './figure-card';
import { FunnelChart, funnelInWords } from './funnel-chart';
import { PerMasterclassTable, percent, SourcesSection } from './funnel-tables';
import { type FunnelReport, useFunnel } from './use-funnel';

/** From 90 days ago to 30 days ahead, on this device's calendar: recent results and what is filling up. */
function defaultPeriod(now = new Date()): { from: string; to: string } {
  const day = (offset: number) => todayOnThisDevice(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset));
  return { from: day(-90), to: day(30) };
}

/** The first and last day, both included, as the instants the API takes: [from's midnight, the midnight after to). */
function instants(period: { from: string; to: string }): { from: string; to: string } {
  const midnight = (date: string, plusDays = 0) => {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(year, month - 1, day + plusDays).toISOString();
  };
  return { from: midnight(period.from), to: midnight(period.to, 1) };
}

/** /app/masterclasses/funnel: registered, waitlisted, attended and became clients over a period, and where registrants came from. */
export function FunnelPage() {
  usePageTitle('Masterclass funnel');
  const form = useFormFields(useMemo(() => defaultPeriod(), []));
  const [period, setPeriod] = useState(() => instants(form.values));
  const funnel = useFunnel(period);
  const errors = formErrors(funnel.error, { from: 'from', to: 'to' } as const);

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled({ from: 'Pick the first day', to: 'Pick the last day' })) setPeriod(instants(form.values));
  };

  return (
    <Container size="xl">
      <Stack gap="xl">
        <Stack gap="xs">
          <Anchor component={Link} to="/app/masterclasses" size="sm">
            ← Masterclasses
          </Anchor>
          <Title order={1}>Funnel</Title>
          <Text c="gray.7">From registration to client, for the masterclasses that start in the period (drafts left out).</Text>
          <form onSubmit={show} noValidate aria-label="Period">
            <Group align="flex-start" gap="sm" mt="sm">
              <TextInput label="From" type="date" {...form.bind('from')} error={form.missing.from ?? errors.fields.from} />
              <TextInput label="To" type="date" {...form.bind('to')} error={form.missing.to ?? errors.fields.to} />
              <Button type="submit" variant="default" mt={25}>
                Show
              </Button>
            </Group>
          </form>
        </Stack>

        {funnel.isPending ? (
          <PageState kind="loading" label="Counting the funnel" />
        ) : funnel.error ? (
          errors.message ? (
            <PageState kind="error" title="The funnel did not load" error={funnel.error} onRetry={() => void funnel.refetch()} retrying={funnel.isRefetching} />
          ) : (
            <Alert color="red" variant="light" title="Pick another period">
              The last day must come after the first, and the period can span about two years at most.
            </Alert>
          )
        ) : (
          <FunnelReportView report={funnel.data} />
        )}
      </Stack>
    </Container>
  );
}

function FunnelReportView({ report }: { report: FunnelReport }) {
  const { totals } = report;
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} component="section" aria-label="Totals">
        <FigureCard label="Registered" value={totals.registered} />
        <FigureCard label="Waitlisted" value={totals.waitlisted} />
        <FigureCard label="Confirmed seats" value={totals.confirmed} />
        <FigureCard label="Attended" value={totals.attended} />
        <FigureCard label="Attendance rate" value={percent(totals.attendanceRate)} />
        <FigureCard label="Became clients" value={totals.becameClients} />
      </SimpleGrid>
      <Stack component="section" aria-labelledby="per-masterclass-heading" gap="sm">
        <Title order={2} size="h3" id="per-masterclass-heading">
          Per masterclass
        </Title>
        <Text size="sm">{funnelInWords(report.masterclasses)}</Text>
        {report.masterclasses.length > 0 && (
          <>
            <FunnelChart rows={report.masterclasses} />
            <PerMasterclassTable rows={report.masterclasses} />
          </>
        )}
      </Stack>
      <SourcesSection sources={report.sources} />
    </Stack>
  );
}
