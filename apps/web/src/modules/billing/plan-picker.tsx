import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import { useState } from 'react';
import { BillingErrorAlert } from './billing-error-alert';
import { limitLines, planPrice } from './billing-format';
import { PlanChangeModal } from './plan-change-modal';
import { hasLiveSubscription, type Plan, type PracticeBilling, useBillingActions } from './use-billing';

/**
 * The four plans side by side (stacked on a phone). Without a live subscription a paid plan starts with Stripe
 * Checkout; with one, another plan is a change of that subscription, confirmed first.
 */
export function PlanPicker({ plans, billing }: { plans: Plan[]; billing: PracticeBilling }) {
  const { startCheckout, changePlan } = useBillingActions();
  const [target, setTarget] = useState<Plan | null>(null);
  const [confirming, setConfirming] = useState(false);
  const live = hasLiveSubscription(billing);
  const currentId = live && billing.subscribedPlan ? billing.subscribedPlan : billing.plan.id;

  const confirm = (plan: Plan) => {
    changePlan.reset();
    setTarget(plan);
    setConfirming(true);
  };

  function action(plan: Plan) {
    if (!billing.configured) return null;
    if (plan.id === currentId) {
      // Choosing the current plan again resumes a subscription set to end.
      if (!live || !billing.cancelsAt) return null;
      return (
        <Button fullWidth variant="light" loading={changePlan.isPending} onClick={() => changePlan.mutate(plan.id)}>
          Keep {plan.name}
        </Button>
      );
    }
    if (!live) {
      if (plan.id === 'STARTER') return null;
      return (
        <Button
          fullWidth
          loading={startCheckout.isPending && startCheckout.variables === plan.id}
          disabled={startCheckout.isPending}
          onClick={() => startCheckout.mutate(plan.id)}
        >
          Start {plan.name}
        </Button>
      );
    }
    if (plan.id === 'STARTER' && billing.cancelsAt) {
      return (
        <Text size="sm" c="gray.7" ta="center">
          Applies from {formatDate(billing.cancelsAt)}
        </Text>
      );
    }
    return (
      <Button fullWidth variant={plan.id === 'STARTER' ? 'default' : 'filled'} onClick={() => confirm(plan)}>
        Switch to {plan.name}
      </Button>
    );
  }

  return (
    <Stack component="section" aria-labelledby="plans-heading" gap="sm" id="plans">
      <Title order={2} size="h3" id="plans-heading">
        Plans
      </Title>
      {startCheckout.error && <BillingErrorAlert error={startCheckout.error} onClose={() => startCheckout.reset()} />}
      {changePlan.error && !confirming && <BillingErrorAlert error={changePlan.error} onClose={() => changePlan.reset()} />}
      {changePlan.isSuccess && (
        <Alert color="teal" variant="light" title="Plan changed" withCloseButton onClose={() => changePlan.reset()}>
          {changeOutcome(changePlan.variables, changePlan.data)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {plans.map((plan) => (
          <Paper key={plan.id} withBorder p="lg" component="article" aria-labelledby={`plan-${plan.id}`} bd={plan.id === currentId ? '2px solid var(--mantine-primary-color-filled)' : undefined}>
            <Stack gap="sm" h="100%">
              <Group justify="space-between" gap="xs">
                <Title order={3} size="h4" id={`plan-${plan.id}`}>
                  {plan.name}
                </Title>
                {plan.id === currentId && <Badge variant="filled">Current plan</Badge>}
              </Group>
              <Text fz="xl" fw={600}>
                {planPrice(plan)}
              </Text>
              <Text size="sm" c="gray.7">
                {plan.summary}
              </Text>
              <List size="sm" spacing={4} style={{ flexGrow: 1 }}>
                {limitLines(plan.limits).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              {action(plan)}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <PlanChangeModal opened={confirming} onClose={() => setConfirming(false)} billing={billing} target={target} changePlan={changePlan} />
    </Stack>
  );
}

function changeOutcome(target: Plan['id'], billing: PracticeBilling): string {
  if (target === 'STARTER') {
    return `Your ${billing.plan.name} subscription ends${billing.cancelsAt ? ` on ${formatDate(billing.cancelsAt)}` : ' at the end of the period'}; then the Starter plan applies.`;
  }
  return `You are on the ${billing.plan.name} plan${billing.renewsAt ? `, renewing on ${formatDate(billing.renewsAt)}` : ''}.`;
}
