import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatDay, formErrors, PageState, todayOnThisDevice, useFormFields, usePageTitle } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { downloadFile } from './download-file';
import classes from './impact-summary-page.module.css';
import { significanceLabels } from './impact-words';
import { type ImpactSummary, useImpactSummary } from './use-impact';

/** The last three months up to today, on the client's own calendar. */
function lastQuarter(): { from: string; to: string } {
  const now = new Date();
  const start = new Date(now.getFullYear(), now.getMonth() - 3, now.getDate() + 1);
  return { from: todayOnThisDevice(start), to: todayOnThisDevice(now) };
}

/**
 * /app/portal/impact/summary: a one-page summary of a period for a manager outside the client's field. Nothing is
 * sent to anyone: the client prints it or downloads it as Markdown and shares it themself.
 */
export function ImpactSummaryPage() {
  usePageTitle('Impact summary');
  const form = useFormFields(lastQuarter());
  const [period, setPeriod] = useState(form.values);
  const summary = useImpactSummary(period);
  const errors = formErrors(summary.error, { from: 'from', to: 'to' } as const);

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled({ from: 'Pick the first day', to: 'Pick the last day' })) setPeriod({ ...form.values });
  };

  return (
    <Container size="md">
      <Stack gap="xl">
        <Stack gap="xs" className={classes.controls}>
          <Anchor component={Link} to="/app/portal/impact" size="sm">
            ← Impact log
          </Anchor>
          <Title order={1}>Impact summary</Title>
          <Text c="gray.7">
            One page for your manager: your outcomes of a period, grouped by kind, the most significant first. It stays with you until
            you print it or download it to share.
          </Text>
          <form onSubmit={show} noValidate aria-label="Period">
            <Group align="flex-start" gap="sm" mt="sm">
              <TextInput label="From" type="date" {...form.bind('from')} error={form.missing.from ?? errors.fields.from} />
              <TextInput label="To" type="date" {...form.bind('to')} error={form.missing.to ?? errors.fields.to} />
              <Button type="submit" variant="default" mt={25}>
                Show summary
              </Button>
            </Group>
          </form>
        </Stack>

        {summary.isPending ? (
          <PageState kind="loading" label="Writing your summary" />
        ) : summary.error ? (
          errors.message && (
            <PageState kind="error" title="The summary did not load" error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isRefetching} />
          )
        ) : (
          <SummarySheet summary={summary.data} />
        )}
      </Stack>
    </Container>
  );
}

function SummarySheet({ summary }: { summary: ImpactSummary }) {
  const download = () => downloadFile(`impact-summary-${summary.from}-to-${summary.to}.md`, summary.markdown, 'text/markdown;charset=utf-8');

  return (
    <Stack gap="md">
      <Group gap="sm" className={classes.controls}>
        <Button onClick={() => window.print()}>Print</Button>
        <Button variant="default" onClick={download}>
          Download Markdown
        </Button>
      </Group>
      <Paper component="article" aria-label={summary.title} withBorder p={{ base: 'md', sm: 'xl' }} className={classes.summary}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2}>{summary.title}</Title>
            <Text c="gray.7" fs="italic">
              {summary.period}
            </Text>
          </Stack>
          <Text>{summary.opening}</Text>
          {summary.entryCount === 0 && (
            <Alert variant="light" color="gray">
              Log outcomes in your <Anchor component={Link} to="/app/portal/impact">impact log</Anchor>, or pick a longer period.
            </Alert>
          )}
          {summary.groups.map((group) => (
            <section key={group.outcomeKind} aria-label={group.heading} className={classes.group}>
              <Title order={3} size="h4" mb="xs">
                {group.heading} ({group.entries.length})
              </Title>
              {group.entries.map((entry) => (
                <div key={entry.id} className={classes.entry}>
                  <Text fw={600}>{entry.outcome}</Text>
                  <Text size="sm">{entry.whatIDid}</Text>
                  <Text size="sm" c="gray.7" fs="italic">
                    {significanceLabels[entry.significance]} · {formatDay(entry.occurredOn)}
                    {entry.beneficiary && ` · for ${entry.beneficiary}`}
                  </Text>
                </div>
              ))}
            </section>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
