import { Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { usageColor, usageInWords } from './billing-format';
import type { PracticeBilling } from './use-billing';

/** One bar per counted limit: how much of its plan the practice uses. */
export function UsageSection({ billing }: { billing: PracticeBilling }) {
  return (
    <Stack component="section" aria-labelledby="usage-heading" gap="sm">
      <Title order={2} size="h3" id="usage-heading">
        Usage
      </Title>
      {!billing.limitsEnforced && (
        <Text size="sm" c="gray.7">
          Limits are not enforced on this server: the bars compare with what the {billing.plan.name} plan would allow.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {billing.usage.map((figure) => {
          const words = usageInWords(figure);
          return (
            <Paper key={figure.limit} withBorder p="md">
              <Stack gap={8}>
                <Text size="sm" fw={600}>
                  {figure.label}
                </Text>
                <Text size="sm">{words}</Text>
                <Progress
                  value={figure.allowed > 0 ? Math.min(100, (figure.used / figure.allowed) * 100) : 100}
                  color={usageColor(figure.used, figure.allowed)}
                  aria-label={`${figure.label}: ${words}`}
                  size="lg"
                />
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
