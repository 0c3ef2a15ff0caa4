import { Badge, Group, Stack, Text } from '@mantine/core';
import { graphql } from '@ascend/web/data-access';
import { formatDay, PageState } from '@ascend/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { DetailSection } from './detail-section';
import { clientKeys } from './use-client-detail';

const ClientMasterclassesQuery = graphql(`
  query ClientMasterclasses($clientId: ID!) {
    client(id: $clientId) {
      id
      masterclassRegistrations {
        id
        masterclassId
        status
        attendance
        registeredAt
        masterclassTitle
      }
    }
  }
`);

const STATUS: Record<string, string> = { CONFIRMED: 'Had a seat', WAITLISTED: 'Waitlisted', PENDING_PAYMENT: 'Awaiting payment', CANCELLED: 'Cancelled' };
const ATTENDANCE: Record<string, { label: string; color: string }> = { ATTENDED: { label: 'Attended', color: 'teal' }, NO_SHOW: { label: 'No-show', color: 'orange' } };

/** The masterclasses a client registered for, before and since they became a client: how they found the practice. */
export function MasterclassHistorySection({ clientId }: { clientId: string }) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const history = useQuery({
    queryKey: [...clientKeys(practiceId, clientId).all, 'masterclasses'],
    queryFn: async ({ signal }) => (await api.request(ClientMasterclassesQuery, { clientId }, { signal, practiceId })).client.masterclassRegistrations,
  });

  return (
    <DetailSection id="masterclasses-heading" title="Masterclasses">
      {history.isPending ? (
        <PageState kind="loading" label="Loading their masterclasses" />
      ) : history.error ? (
        <PageState kind="error" title="Their masterclasses did not load" error={history.error} onRetry={() => void history.refetch()} retrying={history.isRefetching} />
      ) : history.data.length ? (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {history.data.map((registration) => (
            <Group component="li" key={registration.id} gap="sm" wrap="wrap">
              <Text fw={600}>{registration.masterclassTitle}</Text>
              <Text size="sm" c="gray.7">
                registered {formatDay(registration.registeredAt.slice(0, 10))}
              </Text>
              <Badge variant="light" color="gray">
                {STATUS[registration.status]}
              </Badge>
              {registration.attendance && (
                <Badge variant="light" color={ATTENDANCE[registration.attendance].color}>
                  {ATTENDANCE[registration.attendance].label}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="gray.7">
          No masterclass registrations under their address.
        </Text>
      )}
    </DetailSection>
  );
}
