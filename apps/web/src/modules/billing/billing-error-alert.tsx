import { Alert } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';

/** A refused billing action in the API's own words; Stripe being unreachable is worth another try, and says so. */
export function BillingErrorAlert({ error, onClose }: { error: Error; onClose?: () => void }) {
  const unavailable = error instanceof GraphQLRequestError && error.code === 'SERVICE_UNAVAILABLE';
  return (
    <Alert
      color={unavailable ? 'orange' : 'red'}
      variant="light"
      title={unavailable ? 'Stripe could not be reached: try again in a moment' : 'That was not done'}
      withCloseButton={Boolean(onClose)}
      onClose={onClose}
    >
      {error.message}
    </Alert>
  );
}
