import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import { formatMoney } from './billing-format';
import type { BillingInvoice } from './use-billing';

// Stripe's invoice statuses, in words.
const STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  open: { label: 'Due', color: 'orange' },
  paid: { label: 'Paid', color: 'teal' },
  uncollectible: { label: 'Uncollectible', color: 'red' },
  void: { label: 'Void', color: 'gray' },
};

/** Ascend's invoices to the practice, newest first, each with Stripe's page and PDF. */
export function InvoicesSection({ invoices }: { invoices: BillingInvoice[] }) {
  return (
    <Stack component="section" aria-labelledby="invoices-heading" gap="sm">
      <Title order={2} size="h3" id="invoices-heading">
        Invoices
      </Title>
      {invoices.length === 0 ? (
        <Text c="gray.7">No invoices yet. Once a plan is paid for, each month&apos;s invoice is listed here.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Invoices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Number</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Documents</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.map((invoice) => (
                <InvoiceRow key={invoice.id} invoice={invoice} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function InvoiceRow({ invoice }: { invoice: BillingInvoice }) {
  const status = STATUS[invoice.status] ?? { label: invoice.status, color: 'gray' };
  const name = invoice.number ?? formatDate(invoice.createdAt);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{formatDate(invoice.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{invoice.number ?? '–'}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{formatMoney(invoice.status === 'paid' ? invoice.amountPaidCents : invoice.amountDueCents, invoice.currency)}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={status.color}>
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="md" wrap="nowrap">
          {invoice.hostedInvoiceUrl && (
            <Anchor href={invoice.hostedInvoiceUrl} target="_blank" rel="noopener noreferrer" size="sm" aria-label={`View invoice ${name}`}>
              View
            </Anchor>
          )}
          {invoice.invoicePdfUrl && (
            <Anchor href={invoice.invoicePdfUrl} target="_blank" rel="noopener noreferrer" size="sm" aria-label={`PDF of invoice ${name}`}>
              PDF
            </Anchor>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
