import { Button, Group, Text } from '@mantine/core';
import { graphql } from '@ascend/web/data-access';
import { useMutation } from '@tanstack/react-query';
import { useApi } from './auth-provider';

const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

/** Sends the signed-in person a new confirmation link, and says where it went. */
export function ResendVerificationButton({ email }: { email: string }) {
  const api = useApi();
  const resend = useMutation({ mutationFn: () => api.request(ResendVerificationEmailMutation) });

  return (
    <Group gap="sm" wrap="wrap">
      <Button size="xs" variant="default" onClick={() => resend.mutate()} loading={resend.isPending}>
        {resend.isSuccess ? 'Send another link' : 'Send a new link'}
      </Button>
      <Text size="sm" role="status" c={resend.isError ? 'red.8' : 'gray.7'}>
        {resend.isSuccess && `We sent a new link to ${email}. Earlier links no longer work.`}
        {resend.isError && resend.error.message}
      </Text>
    </Group>
  );
}
