import { Box, Stack, Text } from '@mantine/core';
import { formatDateTime } from '@ascend/web/ui';
import { auditSentence } from './audit-sentence';
import type { AuditEntry } from './use-audit-log';

/**
 * The entries as sentences with when and from where underneath: a list rather than a table, so it reads the same
 * on a phone. Addresses are long words; they break rather than run off the screen.
 */
export function AuditEntryList({ entries }: { entries: AuditEntry[] }) {
  return (
    <Box component="ol" aria-label="Audit entries" p={0} m={0} w="100%" style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Box component="li" key={entry.id} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <Stack gap={2}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {auditSentence(entry)}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              {entry.ip && ` · IP address ${entry.ip}`}
            </Text>
          </Stack>
        </Box>
      ))}
    </Box>
  );
}
