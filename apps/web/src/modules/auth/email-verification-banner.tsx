import { Alert, Container, Stack, Text } from '@mantine/core';
import { useLocation } from 'react-router';
import { useSession } from './auth-provider';
import { ResendVerificationButton } from './resend-verification';

/** Reminds signed-in people to confirm their email until they have; the confirmation page speaks for itself. */
export function EmailVerificationBanner() {
  const session = useSession();
  const { pathname } = useLocation();
  if (session.status !== 'signed-in' || session.viewer.account.emailVerified || pathname === '/verify-email') return null;
  const { email } = session.viewer.account;

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
