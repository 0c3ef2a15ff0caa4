import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { Link, useSearchParams } from 'react-router';
import { ConnectButton } from './connect-button';
import { useBriefPolling } from './use-brief-polling';
import { usePlanWithPaidOfferings, useSalesAccount } from './use-sales-account';

/**
 * The practice's own Stripe account: whether this server and the plan allow selling, connecting the account, and
 * finishing Stripe's onboarding. Back from Stripe (`?connect=done`), it asks again until Stripe's news arrives.
 */
export function SalesAccountCard() {
  const account = useSalesAccount();
  const [search] = useSearchParams();
  const returned = search.get('connect');
  const ready = account.data?.chargesEnabled === true;
  const { gaveUp } = useBriefPolling(returned === 'done' && account.isSuccess && !ready, account.refetch);

  return (
    <Paper component="section" aria-labelledby="sales-account-heading" withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="sm" align="flex-start">
        <Group gap="sm">
          <Title order={2} size="h4" id="sales-account-heading">
            Stripe account
          </Title>
          {ready && (
            <Badge color="teal" variant="light">
              Takes payments
            </Badge>
          )}
        </Group>
        {returned === 'done' && account.data && <ReturnNotice ready={ready} late={gaveUp} />}
        {returned === 'retry' && !ready && (
          <Alert color="orange" variant="light" title="The Stripe link expired" w="100%">
            Stripe’s onboarding links last a few minutes. Open it again below to carry on where you left off.
          </Alert>
        )}
        {account.error ? (
          <PageState kind="error" title="The account did not load" error={account.error} onRetry={() => void account.refetch()} retrying={account.isRefetching} />
        ) : !account.data ? (
          <PageState kind="loading" label="Loading the Stripe account" />
        ) : (
          <AccountState {...account.data} />
        )}
      </Stack>
    </Paper>
  );
}

function ReturnNotice({ ready, late }: { ready: boolean; late: boolean }) {
  if (ready) {
    return (
      <Alert color="teal" variant="light" title="Your Stripe account is connected" role="status" w="100%">
        Clients can now pay for your packages and paid masterclass seats.
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" title="Back from Stripe" role="status" w="100%">
      {late
        ? 'Stripe has not confirmed your account yet. If you left onboarding unfinished, finish it below; otherwise come back in a few minutes.'
        : 'Stripe is checking your details; this card updates as soon as it answers.'}
    </Alert>
  );
}

interface AccountStateProps {
  connected: boolean;
  chargesEnabled: boolean;
  billingConfigured: boolean;
  paidOfferingsAllowed: boolean;
}

function AccountState({ connected, chargesEnabled, billingConfigured, paidOfferingsAllowed }: AccountStateProps) {
  if (!billingConfigured) {
    return (
      <Alert color="gray" variant="light" title="Billing is not configured on this server" w="100%">
        Selling packages and paid seats needs Stripe keys on the server that runs Ascend. Ask whoever runs it for you; everything else works meanwhile.
      </Alert>
    );
  }
  if (!paidOfferingsAllowed) return <PlanWithoutPaidOfferings />;
  if (!connected) {
    return (
      <>
        <Text>
          Connect your own Stripe account to sell coaching packages and paid masterclass seats. Payments go straight to your account; Stripe hosts the
          payment pages, so card numbers never pass through Ascend.
        </Text>
        <ConnectButton label="Connect a Stripe account" />
      </>
    );
  }
  if (!chargesEnabled) {
    return (
      <>
        <Text>Your Stripe account is connected, but Stripe needs a few more details before it can take payments.</Text>
        <ConnectButton label="Finish onboarding" />
      </>
    );
  }
  return <Text>Payments for your packages and paid masterclass seats go to your Stripe account.</Text>;
}

function PlanWithoutPaidOfferings() {
  const plan = usePlanWithPaidOfferings();
  return (
    <Alert color="orange" variant="light" title="Your plan does not include paid offerings" w="100%">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {plan.data
            ? `Selling packages and paid masterclass seats comes with the ${plan.data.name} plan and above.`
            : 'Selling packages and paid masterclass seats comes with a paid plan.'}
        </Text>
        <Button component={Link} to="/app/billing" size="xs">
          See the plans
        </Button>
      </Stack>
    </Alert>
  );
}
