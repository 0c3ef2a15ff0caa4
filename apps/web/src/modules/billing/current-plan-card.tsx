import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { BillingErrorAlert } from './billing-error-alert';
import { planPrice, statusInWords } from './billing-format';
import { type PracticeBilling, useBillingActions } from './use-billing';

/** The plan whose limits apply now, the subscription's state in words, and the way to Stripe's Customer Portal. */
export function CurrentPlanCard({ billing }: { billing: PracticeBilling }) {
  const { openPortal } = useBillingActions();
  const status = statusInWords(billing);
  // The portal needs a Stripe customer, which the practice has once it has subscribed.
  const hasCustomer = billing.status !== 'NONE';

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="current-plan-heading">
      <Stack gap="sm">
        <Text size="sm" c="gray.7" id="current-plan-heading">
          Current plan
        </Text>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6}>
            <Group gap="sm" align="baseline">
              <Title order={2} size="h2">
                {billing.plan.name}
              </Title>
              <Text c="gray.7">{planPrice(billing.plan)}</Text>
            </Group>
            <Badge variant="light" color={status.color} size="lg" tt="none">
              {status.label}
            </Badge>
            {billing.subscribedPlan && billing.subscribedPlan !== billing.plan.id && (
              <Text size="sm" c="gray.7">
                Until the subscription is paid again, the {billing.plan.name} plan&apos;s limits apply.
              </Text>
            )}
          </Stack>
          {hasCustomer && (
            <Button variant="default" loading={openPortal.isPending} onClick={() => openPortal.mutate()}>
              Manage card, invoices and cancellation
            </Button>
          )}
        </Group>
        {openPortal.error && <BillingErrorAlert error={openPortal.error} onClose={() => openPortal.reset()} />}
      </Stack>
    </Paper>
  );
}

/** Without Stripe keys the server bills nothing: say which settings enable billing, and what applies meanwhile. */
export function BillingNotConfiguredCard({ missingVariables }: { missingVariables: string[] }) {
  return (
    <Alert color="gray" variant="light" title="Billing is not configured on this server">
      <Stack gap="xs">
        <Text size="sm">
          The practice stays on the free Starter plan and no plan limits apply. Setting these variables on the server
          enables billing with Stripe:
        </Text>
        <List size="sm" aria-label="Missing settings">
          {missingVariables.map((name) => (
            <List.Item key={name}>
              <Text span ff="monospace" size="sm">
                {name}
              </Text>
            </List.Item>
          ))}
        </List>
        <Text size="sm">The plans below are shown for reference.</Text>
      </Stack>
    </Alert>
  );
}
