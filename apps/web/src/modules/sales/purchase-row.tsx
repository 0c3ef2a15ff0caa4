import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import { useState } from 'react';
import { moneyText, purchaseStatusColors, purchaseStatusLabels } from './sales-text';
import { type SalesPurchase, useRefundPurchase } from './use-purchases';

/** One purchase; a paid one can be refunded (what is left of it), after a confirmation. */
export function PurchaseRow({ purchase }: { purchase: SalesPurchase }) {
  const [confirming, setConfirming] = useState(false);
  const refund = useRefundPurchase();
  const left = purchase.amountCents - purchase.refundedCents;
  const refundable = (purchase.status === 'PAID' || purchase.status === 'PARTIALLY_REFUNDED') && left > 0;
  const close = () => {
    setConfirming(false);
    refund.reset();
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{formatDate(purchase.paidAt ?? purchase.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {purchase.buyerName}
        </Text>
        <Text size="xs" c="gray.7">
          {purchase.buyerEmail}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{purchase.description}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{moneyText(purchase.amountCents, purchase.currency)}</Text>
        {purchase.refundedCents > 0 && (
          <Text size="xs" c="gray.7">
            {moneyText(purchase.refundedCents, purchase.currency)} refunded
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={purchaseStatusColors[purchase.status]}>
          {purchaseStatusLabels[purchase.status]}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        {refundable && (
          <Button variant="default" size="xs" onClick={() => setConfirming(true)} aria-label={`Refund ${purchase.buyerName}: ${purchase.description}`}>
            Refund
          </Button>
        )}
        <Modal opened={confirming} onClose={close} title={`Refund ${moneyText(left, purchase.currency)} to ${purchase.buyerName}?`} centered>
          <Stack gap="md">
            <Text size="sm">
              Stripe returns {moneyText(left, purchase.currency)} for “{purchase.description}” to the card {purchase.buyerName} paid with. A refund cannot be
              taken back.
            </Text>
            {refund.error && (
              <Alert color="red" variant="light" title="Nothing was refunded">
                {refund.error.message}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={refund.isPending}>
                Keep the payment
              </Button>
              <Button color="red" loading={refund.isPending} onClick={() => refund.mutate(purchase.id, { onSuccess: () => setConfirming(false) })}>
                Refund {moneyText(left, purchase.currency)}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  );
}
