import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime, PageState } from '@ascend/web/ui';
import { describeOperatorAction, reasonOf } from './operator-format';
import { RECENT, useBillingAlerts, useOperatorAudit } from './use-operator';

/** What operators did (suspensions, reactivations), newest first. */
export function AuditSection() {
  const audit = useOperatorAudit();
  return (
    <Stack component="section" aria-labelledby="operator-audit-heading" gap="md">
      <Title order={2} size="h3" id="operator-audit-heading">
        Operator audit
      </Title>
      {audit.isPending ? (
        <PageState kind="loading" label="Loading the operator audit" />
      ) : audit.error ? (
        <PageState kind="error" title="The operator audit did not load" error={audit.error} onRetry={() => void audit.refetch()} retrying={audit.isRefetching} />
      ) : audit.data.length === 0 ? (
        <Text c="dimmed">No operator has suspended or reactivated a practice yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Practice</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(event.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {describeOperatorAction(event.action)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.practiceName ?? '–'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.actorEmail}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{reasonOf(event.detail) ?? '–'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Stripe events Ascend could not place (an unknown customer) or process, newest first. */
export function AlertsSection() {
  const alerts = useBillingAlerts();
  return (
    <Stack component="section" aria-labelledby="billing-alerts-heading" gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3" id="billing-alerts-heading">
          Billing alerts
        </Title>
        <Text size="sm" c="gray.7">
          The last {RECENT} Stripe events Ascend could not match to a practice or could not process.
        </Text>
      </Stack>
      {alerts.isPending ? (
        <PageState kind="loading" label="Loading the billing alerts" />
      ) : alerts.error ? (
        <PageState kind="error" title="The billing alerts did not load" error={alerts.error} onRetry={() => void alerts.refetch()} retrying={alerts.isRefetching} />
      ) : alerts.data.length === 0 ? (
        <Text c="dimmed">No alerts: every Stripe event was placed and processed.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Received</Table.Th>
                <Table.Th>Event</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Error</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {alerts.data.map((alert) => (
                <Table.Tr key={alert.eventId}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(alert.receivedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{alert.type}</Text>
                    <Text size="xs" c="gray.7" ff="monospace">
                      {alert.eventId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={alert.outcome === 'FAILED' ? 'red' : 'orange'} variant="light">
                      {alert.outcome === 'FAILED' ? 'Failed' : 'Unknown customer'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{alert.error ?? '–'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
