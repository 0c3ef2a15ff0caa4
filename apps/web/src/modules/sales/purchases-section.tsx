import { Group, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { PurchaseRow } from './purchase-row';
import { moneyText } from './sales-text';
import { SALES_PERIODS, type SalesPeriod, type SalesTotals, usePurchases } from './use-purchases';

/** What was sold over a period: totals per currency, then each purchase with its status and a refund. */
export function PurchasesSection() {
  const [period, setPeriod] = useState<SalesPeriod>('30');
  const purchases = usePurchases(period);

  return (
    <Stack component="section" aria-labelledby="purchases-heading" gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="purchases-heading">
          Purchases
        </Title>
        <NativeSelect label="Period" data={[...SALES_PERIODS]} value={period} onChange={(event) => setPeriod(event.currentTarget.value as SalesPeriod)} />
      </Group>
      {purchases.isPending ? (
        <PageState kind="loading" label="Loading the purchases" />
      ) : purchases.error ? (
        <PageState kind="error" title="The purchases did not load" error={purchases.error} onRetry={() => void purchases.refetch()} retrying={purchases.isRefetching} />
      ) : !purchases.data.purchases.length ? (
        <Text c="gray.7">No purchase in this period.</Text>
      ) : (
        <>
          <Totals totals={purchases.data.totals} />
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" aria-label="Purchases">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Buyer</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {purchases.data.purchases.map((purchase) => (
                  <PurchaseRow key={purchase.id} purchase={purchase} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

function Totals({ totals }: { totals: SalesTotals }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Totals" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Currency</Table.Th>
            <Table.Th ta="right">Paid</Table.Th>
            <Table.Th ta="right">Refunded</Table.Th>
            <Table.Th ta="right">Net</Table.Th>
            <Table.Th ta="right">Purchases</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.map((total) => (
            <Table.Tr key={total.currency}>
              <Table.Th scope="row">{total.currency.toUpperCase()}</Table.Th>
              <Table.Td ta="right">{moneyText(total.paidCents, total.currency)}</Table.Td>
              <Table.Td ta="right">{moneyText(total.refundedCents, total.currency)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {moneyText(total.netCents, total.currency)}
              </Table.Td>
              <Table.Td ta="right">{total.purchases.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
