import { Alert, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { billingKeys } from './billing-keys';
import { BillingNotConfiguredCard, CurrentPlanCard } from './current-plan-card';
import { InvoicesSection } from './invoices-section';
import { PlanPicker } from './plan-picker';
import { UsageSection } from './usage-section';
import { hasLiveSubscription, type PracticeBilling, usePlans, usePracticeBilling } from './use-billing';

// Stripe's webhook usually lands within seconds of the return from Checkout; past this the page stops asking.
const CHECKOUT_WAIT_MS = 30_000;

/** /app/billing: the practice's plan with Ascend, its usage against the plan's limits, the plans, and invoices. */
export function BillingPage() {
  usePageTitle('Billing');
  const { practiceId } = useCurrentPractice();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const checkout = params.get('checkout');
  const [gaveUp, setGaveUp] = useState(false);
  const billing = usePracticeBilling({ waitForLive: checkout === 'success' && !gaveUp });
  const plans = usePlans();
  const live = billing.data ? hasLiveSubscription(billing.data) : false;

  useEffect(() => {
    if (checkout !== 'success') return;
    const timer = setTimeout(() => setGaveUp(true), CHECKOUT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [checkout]);
  useEffect(() => {
    // The banner (trial, overdue payment) reads the standing: it changes with the new subscription.
    if (checkout === 'success' && live) void queryClient.invalidateQueries({ queryKey: billingKeys.standing(practiceId) });
  }, [checkout, live, practiceId, queryClient]);

  const dismissCheckout = () => setParams((current) => {
    current.delete('checkout');
    return current;
  }, { replace: true });

  return (
    <Container size="xl">
      <Stack gap="xl">
        <Stack gap={4}>
          <Title order={1}>Billing</Title>
          <Text c="gray.7">The practice&apos;s plan with Ascend, what it allows, and your invoices. Card details stay with Stripe.</Text>
        </Stack>
        {checkout && <CheckoutNotice outcome={checkout} billing={billing.data} gaveUp={gaveUp} onClose={dismissCheckout} />}
        {billing.isPending ? (
          <PageState kind="loading" label="Loading the practice's billing" />
        ) : billing.error ? (
          <PageState kind="error" title="Billing did not load" error={billing.error} onRetry={() => void billing.refetch()} retrying={billing.isRefetching} />
        ) : (
          <>
            {billing.data.configured ? <CurrentPlanCard billing={billing.data} /> : <BillingNotConfiguredCard missingVariables={billing.data.missingVariables} />}
            <UsageSection billing={billing.data} />
            {plans.isPending ? (
              <PageState kind="loading" label="Loading the plans" />
            ) : plans.error ? (
              <PageState kind="error" title="The plans did not load" error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isRefetching} />
            ) : (
              <PlanPicker plans={plans.data} billing={billing.data} />
            )}
            {billing.data.configured && <InvoicesSection invoices={billing.data.invoices} />}
          </>
        )}
      </Stack>
    </Container>
  );
}

interface CheckoutNoticeProps {
  outcome: string;
  billing: PracticeBilling | undefined;
  gaveUp: boolean;
  onClose: () => void;
}

/** Back from Stripe Checkout: paid (the plan follows once Stripe's webhook is processed) or cancelled. */
function CheckoutNotice({ outcome, billing, gaveUp, onClose }: CheckoutNoticeProps) {
  if (outcome === 'cancelled') {
    return (
      <Alert color="gray" variant="light" title="Checkout cancelled: nothing was charged" withCloseButton onClose={onClose}>
        The practice keeps its current plan. You can start a plan again whenever you like.
      </Alert>
    );
  }
  if (outcome !== 'success') return null;
  if (billing && hasLiveSubscription(billing)) {
    return (
      <Alert color="teal" variant="light" title={`Payment received: you are on the ${billing.plan.name} plan`} withCloseButton onClose={onClose}>
        Its limits apply from now on.
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" title="Payment received: your plan updates in a moment" withCloseButton onClose={onClose} icon={gaveUp ? undefined : <Loader size="xs" />}>
      {gaveUp
        ? 'Stripe has not confirmed the subscription yet. Reload this page in a minute; you are not charged twice.'
        : 'Waiting for Stripe to confirm the subscription.'}
    </Alert>
  );
}
