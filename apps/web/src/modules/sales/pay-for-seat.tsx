import { Alert, Button, Stack } from '@mantine/core';
import { usePayForRegistration } from './use-pay-for-registration';

/** "Pay now" for a seat held for payment, and why Stripe's payment page did not open when it did not. */
export function PayForSeat({ token }: { token: string }) {
  const pay = usePayForRegistration();
  return (
    <Stack gap="sm" align="flex-start" w="100%">
      {pay.error && (
        <Alert color="red" variant="light" title="The payment page did not open" w="100%">
          {pay.error.message}
        </Alert>
      )}
      {/* Still loading once it succeeded: the browser is on its way to Stripe. */}
      <Button loading={pay.isPending || pay.isSuccess} onClick={() => pay.mutate(token)}>
        Pay now
      </Button>
    </Stack>
  );
}
