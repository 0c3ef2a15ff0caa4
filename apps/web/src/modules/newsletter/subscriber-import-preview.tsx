import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { PreviewSubscriberImportQuery, SubscriberStatus } from '@ascend/web/data-access';
import { formatDate } from '@ascend/web/ui';
import { subscriberStatusLabels } from './newsletter-labels';

export type SubscriberImportPreview = PreviewSubscriberImportQuery['previewSubscriberImport'];

const outcomeLabels: Record<string, { label: string; color: string }> = {
  SUBSCRIBE: { label: 'Subscribe', color: 'teal' },
  KEEP_STATUS: { label: 'Keep status', color: 'blue' },
  SKIP: { label: 'Skip', color: 'gray' },
  ERROR: { label: 'Error', color: 'red' },
};

/** What importing the file would do: the counts, then the first rows and every row in error, by line number. */
export function SubscriberImportPreviewTable({ preview }: { preview: SubscriberImportPreview }) {
  return (
    <Stack gap="sm">
      <Group gap="lg" aria-label="What the import will do">
        <Text size="sm">
          <strong>{preview.total.toLocaleString()}</strong> rows
        </Text>
        <Text size="sm">
          Will subscribe: <strong>{preview.willSubscribe.toLocaleString()}</strong>
        </Text>
        <Text size="sm">
          Skipped: <strong>{preview.willSkip.toLocaleString()}</strong>
        </Text>
        <Text size="sm" c={preview.errors ? 'red' : undefined}>
          Errors: <strong>{preview.errors.toLocaleString()}</strong>
        </Text>
      </Group>
      <Text size="sm" c="gray.7">
        Only rows with recorded consent become subscribed. Rows marked unsubscribed or cleaned are kept so they are never mailed.
      </Text>
      <Table.ScrollContainer minWidth={640} mah={320}>
        <Table verticalSpacing={4} fz="sm" aria-label="Rows of the file">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Status on the list</Table.Th>
              <Table.Th>Consent</Table.Th>
              <Table.Th>Result</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => {
              const outcome = outcomeLabels[row.outcome] ?? { label: row.outcome, color: 'gray' };
              return (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.email}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{subscriberStatusLabels[row.status as SubscriberStatus] ?? '—'}</Table.Td>
                  <Table.Td>{row.consentAt ? formatDate(row.consentAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={outcome.color}>
                      {outcome.label}
                    </Badge>
                    {row.problems.map((problem) => (
                      <Text key={problem} size="xs" c={row.outcome === 'ERROR' ? 'red' : 'gray.7'}>
                        {problem}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
