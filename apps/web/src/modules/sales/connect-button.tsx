import { Alert, Button, Stack } from '@mantine/core';
import { useConnectStripeAccount } from './use-sales-account';

/** Sends the owner to Stripe's hosted onboarding: to connect the account, or to finish it. */
export function ConnectButton({ label }: { label: string }) {
  const connect = useConnectStripeAccount();
  return (
    <Stack gap="sm" align="flex-start" w="100%">
      {connect.error && (
        <Alert color="red" variant="light" title="Stripe’s onboarding did not open" w="100%">
          {connect.error.message}
        </Alert>
      )}
      {/* Still loading once it succeeded: the browser is on its way to Stripe. */}
      <Button loading={connect.isPending || connect.isSuccess} onClick={() => connect.mutate()}>
        {label}
      </Button>
    </Stack>
  );
}
