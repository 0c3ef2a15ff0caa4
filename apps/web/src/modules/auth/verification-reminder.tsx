import { Alert, Container, Stack, Text } from '@mantine/core';
import { ResendVerificationButton } from './resend-verification';

/** The banner asking to confirm `email`, with a way to get a new link. */
export function VerificationReminder({ email }: { email: string }) {
  return (
    <Container size="lg" mb="xl">
      <Alert color="yellow" variant="light" title="Please confirm your email address">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            We sent a confirmation link to <strong>{email}</strong>. Open it so we know this address reaches you. No mail? Check
            your spam folder, or ask for a new link.
          </Text>
          <ResendVerificationButton email={email} />
        </Stack>
      </Alert>
    </Container>
  );
}
