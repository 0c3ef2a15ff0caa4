import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { graphql, queryKeys } from '@ascend/web/data-access';
import { formErrors, todayOnThisDevice, useFormFields } from '@ascend/web/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { downloadFile } from '../impact/download-file';

const ExportClientDataDocument = graphql(`
  mutation ExportClientData($clientId: ID!) {
    exportClientData(clientId: $clientId)
  }
`);

const EraseClientDocument = graphql(`
  mutation EraseClient($clientId: ID!, $confirmEmail: String!) {
    eraseClient(clientId: $clientId, confirmEmail: $confirmEmail) {
      reference
    }
  }
`);

/** "Noor Haddad" → "noor-haddad", for a file name. */
function fileSafe(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'client';
}

/** Export and erasure of one client's data, for OWNER/ADMIN on the client detail page. */
export function ClientPrivacyPanel({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { practiceId, practiceName } = useCurrentPractice();
  const api = useApi();
  const [erasing, setErasing] = useState(false);
  const exportData = useMutation({
    mutationFn: async () => (await api.request(ExportClientDataDocument, { clientId }, { practiceId })).exportClientData,
    onSuccess: (json) => downloadFile(`${fileSafe(clientName)}-data-${todayOnThisDevice()}.json`, json, 'application/json'),
  });

  return (
    <Paper component="section" aria-labelledby="client-privacy" withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="client-privacy">
          Privacy
        </Title>
        <Text size="sm" c="gray.7">
          Everything {practiceName} keeps about {clientName}: hand them a copy, or erase it when they ask.
        </Text>
        {exportData.error && (
          <Alert color="red" variant="light" title="The export did not download">
            {exportData.error.message}
          </Alert>
        )}
        <Group gap="sm">
          <Button variant="default" loading={exportData.isPending} onClick={() => exportData.mutate()}>
            Export data (JSON)
          </Button>
          <Button variant="light" color="red" onClick={() => setErasing(true)}>
            Erase client
          </Button>
        </Group>
      </Stack>
      <Modal opened={erasing} onClose={() => setErasing(false)} title={`Erase ${clientName}?`} size="lg">
        <EraseConfirmation clientId={clientId} clientName={clientName} onCancel={() => setErasing(false)} />
      </Modal>
    </Paper>
  );
}

function EraseConfirmation({ clientId, clientName, onCancel }: { clientId: string; clientName: string; onCancel: () => void }) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormFields({ confirmEmail: '' });
  const erase = useMutation({
    mutationFn: async (confirmEmail: string) => (await api.request(EraseClientDocument, { clientId, confirmEmail }, { practiceId })).eraseClient,
    onSuccess: async () => {
      // Nothing cached may still show them: every list and figure of the practice is read again.
      await queryClient.invalidateQueries({ queryKey: queryKeys.tenant(practiceId).all });
      await navigate('/app/clients');
    },
  });
  const errors = formErrors(erase.error, { confirmEmail: 'confirmEmail' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled({ confirmEmail: `Type ${clientName}'s email to confirm` })) erase.mutate(form.values.confirmEmail.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>This deletes, from this practice:</Text>
        <List size="sm" spacing={4}>
          <List.Item>their profile, awareness notes, decision, goals and future-self statement;</List.Item>
          <List.Item>every check-in with its replies, action items, session notes and impact entries;</List.Item>
          <List.Item>their client access to the practice and any invitations sent to them;</List.Item>
          <List.Item>their email address from the audit log.</List.Item>
        </List>
        <Text size="sm" c="gray.7">
          Their Ascend account and their place in other practices are not touched. Export their data first if they want a copy.
        </Text>
        <Alert color="red" variant="light" title="This cannot be undone" />
        {errors.message && (
          <Alert color="red" variant="light" title="Nothing was erased">
            {errors.message}
          </Alert>
        )}
        <TextInput
          label={`Type ${clientName}'s email to confirm`}
          type="email"
          autoComplete="off"
          {...form.bind('confirmEmail')}
          error={form.missing.confirmEmail ?? errors.fields.confirmEmail}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={erase.isPending}>
            Erase for good
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
