import { Paper, Text } from '@mantine/core';

/** One figure in a card: what it counts, the number large, and a word on it if needed. */
export function FigureCard({ label, value, detail }: { label: string; value: string | number; detail?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fz={28} fw={600}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="gray.7">
          {detail}
        </Text>
      )}
    </Paper>
  );
}
