import { Alert, Anchor, Button, Group, Modal, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { OfferingForm } from './offering-form';
import { lengthText, priceText } from './sales-text';
import { type SalesOffering, useOfferings, useUpdateOffering } from './use-offerings';

/** The practice's coaching packages: what each costs, who coaches its buyers, whether it is on sale, and its page. */
export function OfferingsSection() {
  const offerings = useOfferings();
  // null: no form open; 'new': creating; otherwise the package being edited.
  const [editing, setEditing] = useState<SalesOffering | 'new' | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack component="section" aria-labelledby="packages-heading" gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="packages-heading">
            Packages
          </Title>
          <Text size="sm" c="gray.7">
            Buyers pay on Stripe’s page, become clients of the practice and are assigned the package’s coach.
          </Text>
        </Stack>
        <Button onClick={() => setEditing('new')}>New package</Button>
      </Group>
      <OfferingList offerings={offerings} onEdit={setEditing} />
      <Modal opened={editing !== null} onClose={close} title={editing === 'new' ? 'New package' : 'Edit package'} size="lg">
        {editing !== null && <OfferingForm key={editing === 'new' ? 'new' : editing.id} offering={editing === 'new' ? null : editing} onDone={close} />}
      </Modal>
    </Stack>
  );
}

function OfferingList({ offerings, onEdit }: { offerings: ReturnType<typeof useOfferings>; onEdit: (offering: SalesOffering) => void }) {
  if (offerings.isPending) return <PageState kind="loading" label="Loading the packages" />;
  if (offerings.error) {
    return <PageState kind="error" title="The packages did not load" error={offerings.error} onRetry={() => void offerings.refetch()} retrying={offerings.isRefetching} />;
  }
  if (!offerings.data.length) {
    return <Text c="gray.7">No package yet. Create the first, say a 12-month leadership accelerator, paid at once or monthly.</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Packages">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Package</Table.Th>
            <Table.Th>Price</Table.Th>
            <Table.Th>Coach</Table.Th>
            <Table.Th>On sale</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offerings.data.map((offering) => (
            <OfferingRow key={offering.id} offering={offering} onEdit={() => onEdit(offering)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OfferingRow({ offering, onEdit }: { offering: SalesOffering; onEdit: () => void }) {
  const { practiceSlug } = useCurrentPractice();
  const update = useUpdateOffering();
  const active = update.isPending ? Boolean(update.variables.active) : offering.active;
  const path = `/p/${practiceSlug}/packages/${offering.slug}`;

  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={2}>
          <Text fw={600}>{offering.title}</Text>
          {offering.active ? (
            <Anchor href={path} target="_blank" rel="noopener" size="sm" aria-label={`Public page of ${offering.title}`}>
              {path}
            </Anchor>
          ) : (
            <Text size="sm" c="gray.7">
              Not on sale: its page says so
            </Text>
          )}
          {update.error && (
            <Alert color="red" variant="light" p="xs" withCloseButton onClose={() => update.reset()} title="Not changed">
              {update.error.message}
            </Alert>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{priceText(offering)}</Text>
        {offering.billing === 'ONE_TIME' && (
          <Text size="xs" c="gray.7">
            {lengthText(offering.months)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{offering.coachName ?? 'Assigned after each purchase'}</Text>
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${offering.title} on sale`}
          checked={active}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ id: offering.id, active: event.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td ta="right">
        <Button variant="default" size="xs" onClick={onEdit} aria-label={`Edit ${offering.title}`}>
          Edit
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
