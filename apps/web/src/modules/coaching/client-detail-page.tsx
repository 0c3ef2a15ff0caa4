import { Anchor, Badge, Container, Group, Stack, Text, Title } from '@mantine/core';
import { formatDay, PageState, usePageTitle } from '@ascend/web/ui';
import { Link, useParams } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { ClientPrivacyPanel } from '../privacy/client-privacy-panel';
import { MasterclassHistorySection } from './masterclass-history-section';
import { ActionItemsSection } from './action-items-section';
import { CheckInsSection } from './check-ins-section';
import { flagLabels, statusLabels, stepInWords } from './coaching-labels';
import { DetailSection } from './detail-section';
import { ProgressChart } from './progress-chart';
import { SessionNotesSection } from './session-notes-section';
import { useClientDetail } from './use-client-detail';

/** /app/clients/:clientId: one client for their coach: goal and step, progress over time, check-ins, notes, action items. */
export function ClientDetailPage() {
  const { clientId = '' } = useParams();
  const practice = useCurrentPractice();
  const detail = useClientDetail(clientId);
  usePageTitle(detail.data?.name ?? 'Client');

  if (detail.isPending) return <PageState kind="loading" label="Loading the client" />;
  if (detail.error) {
    return <PageState kind="error" title="The client did not load" error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isRefetching} />;
  }
  const client = detail.data;

  return (
    <Container size="lg">
      <Stack gap={32}>
        <Stack gap="xs">
          <Anchor component={Link} to="/app/dashboard" size="sm">
            ← Dashboard
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={1}>{client.name}</Title>
            <Badge variant="light" color={client.status === 'ACTIVE' ? 'teal' : 'gray'}>
              {statusLabels[client.status]}
            </Badge>
          </Group>
          <Text c="gray.7">
            {stepInWords(client.methodStep, client.stepsDone)} · streak {client.streakWeeks === 1 ? '1 week' : `${client.streakWeeks} weeks`}
          </Text>
          {client.goal ? (
            <Text>
              <Text span fw={600}>
                Goal:
              </Text>{' '}
              {client.goal.statement}{' '}
              <Text span c="gray.7">
                (by {formatDay(client.goal.targetDate)})
              </Text>
            </Text>
          ) : (
            <Text c="gray.7">No bold goal set yet.</Text>
          )}
          {client.flags.length > 0 && (
            <Group gap={4} aria-label="Needs attention">
              {client.flags.map((flag) => (
                <Badge key={flag} variant="light" color={flagLabels[flag].color} title={flagLabels[flag].description}>
                  {flagLabels[flag].label}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>

        <DetailSection id="progress-heading" title="Progress and energy over time">
          <ProgressChart points={client.progressSeries} />
        </DetailSection>
        <CheckInsSection clientId={client.clientId} clientName={client.name} />
        <SessionNotesSection clientId={client.clientId} />
        <ActionItemsSection clientId={client.clientId} />
        <MasterclassHistorySection clientId={client.clientId} />
        {allows(practice.role, 'manageClientPrivacy') && <ClientPrivacyPanel clientId={client.clientId} clientName={client.name} />}
      </Stack>
    </Container>
  );
}
