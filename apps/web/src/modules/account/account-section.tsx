import { Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface AccountSectionProps {
  title: string;
  description?: ReactNode;
  /** The section that cannot be undone: drawn in red, so nobody wanders into it. */
  danger?: boolean;
  children: ReactNode;
}

/** One part of the account page: a titled card, named by its heading for screen readers' landmarks. */
export function AccountSection({ title, description, danger, children }: AccountSectionProps) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      style={danger ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={headingId} c={danger ? 'red.8' : undefined}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="gray.7">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
