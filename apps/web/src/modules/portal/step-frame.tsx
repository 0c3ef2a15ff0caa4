import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A step of the method: its heading, what it asks, and the form-level error of its last save. */
export function StepFrame({ number, title, intro, error, children }: { number: number; title: string; intro: string; error?: string | null; children: ReactNode }) {
  const id = `method-step-${number}`;
  return (
    <Paper component="section" aria-labelledby={id} withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          Step {number}: {title}
        </Title>
        <Text c="gray.7">{intro}</Text>
        {error && (
          <Alert color="red" variant="light" title="That was not saved">
            {error}
          </Alert>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
