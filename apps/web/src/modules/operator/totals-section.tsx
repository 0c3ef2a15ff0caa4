import { Card, Chip, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { MrrChart } from './mrr-chart';
import { formatRate, formatRevenue } from './operator-format';
import { useOperatorTotals } from './use-operator';

const PERIODS = [30, 90, 365] as const;

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder padding="md" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="gray.7" fw={700} tt="uppercase" style={{ letterSpacing: '0.06em' }}>
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="gray.7">
          {note}
        </Text>
      )}
    </Card>
  );
}

/** Revenue and practices now, churn over the chosen period, and MRR month by month. */
export function TotalsSection() {
  const [days, setDays] = useState<number>(30);
  const totals = useOperatorTotals(days);

  return (
    <Stack component="section" aria-labelledby="totals-heading" gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id="totals-heading">
          Totals
        </Title>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="churn-period-label">
            Churn period
          </Text>
          <Chip.Group multiple={false} value={String(days)} onChange={(value) => setDays(Number(value))}>
            <Group gap="xs" role="radiogroup" aria-labelledby="churn-period-label">
              {PERIODS.map((period) => (
                <Chip key={period} value={String(period)} size="sm">
                  {period} days
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
      </Group>
      {totals.isPending ? (
        <PageState kind="loading" label="Loading the totals" />
      ) : totals.error ? (
        <PageState kind="error" title="The totals did not load" error={totals.error} onRetry={() => void totals.refetch()} retrying={totals.isRefetching} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            <Figure label="MRR" value={formatRevenue(totals.data.mrrCents)} />
            <Figure label="Active practices" value={String(totals.data.activePractices)} note="Not suspended" />
            <Figure label="Paying" value={String(totals.data.payingPractices)} />
            <Figure label="Trialing" value={String(totals.data.trialingPractices)} />
            <Figure label="Suspended" value={String(totals.data.suspendedPractices)} />
            <Figure
              label="Churn"
              value={formatRate(totals.data.churnRate)}
              note={`${totals.data.churnedPractices} ended in the last ${totals.data.periodDays} days`}
            />
          </SimpleGrid>
          <Stack gap="xs">
            <Title order={3} size="h4">
              MRR, last 12 months
            </Title>
            <MrrChart points={totals.data.mrrHistory} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
